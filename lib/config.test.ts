import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const SECRET = "x".repeat(32);

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("gives development defaults with nothing set", () => {
    const settings = parseConfig({});
    expect(settings).toMatchObject({ NODE_ENV: "development", DATABASE_POOL_SIZE: 10, TRUSTED_PROXY_COUNT: 0, DEMO_DATA: false, ERROR_PROBE: false, PGLITE_DATA_DIR: ".data/pglite" });
    expect(settings.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", DATABASE_POOL_SIZE: "" })).toMatchObject({ DATABASE_URL: undefined, DATABASE_POOL_SIZE: 10 });
  });

  it("parses numbers, URLs and flags", () => {
    const settings = parseConfig({ DATABASE_URL: "postgres://u@h:5432/db", DATABASE_POOL_SIZE: "4", DEMO_DATA: "1", SMTP_URL: "smtp://a:b@mail:587" });
    expect(settings).toMatchObject({ DATABASE_POOL_SIZE: 4, DEMO_DATA: true, SMTP_URL: "smtp://a:b@mail:587" });
  });

  it("refuses a wrong value with one French line naming the variable and what it expects", () => {
    expect(refusal({ DATABASE_POOL_SIZE: "abc" })).toBe("Configuration invalide : DATABASE_POOL_SIZE, attendu : un entier entre 1 et 1000.");
    expect(refusal({ DATABASE_URL: "mysql://x" })).toMatch(/^Configuration invalide : DATABASE_URL, attendu : une URL postgres:\/\//);
    expect(refusal({ NEXTAUTH_URL: "example.org" })).toMatch(/^Configuration invalide : NEXTAUTH_URL, attendu : une URL http/);
    expect(refusal({ DEMO_DATA: "yes" })).toBe("Configuration invalide : DEMO_DATA, attendu : 1 ou 0.");
    expect(refusal({ TRUSTED_PROXY_COUNT: "-1" })).toMatch(/TRUSTED_PROXY_COUNT, attendu : un entier entre 0 et 10/);
    for (const message of [refusal({ DATABASE_POOL_SIZE: "abc" }), refusal({ DATABASE_URL: "mysql://x" })]) expect(message.split("\n")).toHaveLength(1);
  });

  it("requires a session secret of 32 characters in production, and never echoes it", () => {
    expect(refusal({ NODE_ENV: "production" })).toMatch(/^Configuration invalide : NEXTAUTH_SECRET, attendu : un secret de 32 caractères au moins, obligatoire en production/);
    const short = "short-secret-value";
    expect(refusal({ NODE_ENV: "production", NEXTAUTH_SECRET: short })).not.toContain(short);
    expect(parseConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
    // `next build` runs with NODE_ENV=production and no runtime secret.
    expect(() => parseConfig({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => parseConfig({ NODE_ENV: "test" })).not.toThrow();
  });

  it("refuses, in production, an embedded database inside the build output", () => {
    expect(refusal({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, PGLITE_DATA_DIR: ".next/standalone/.data/pglite" })).toMatch(/PGLITE_DATA_DIR, attendu : un chemin hors du dossier \.next/);
    // On PostgreSQL the embedded directory is unused: the standalone server's default must not stop it.
    const onPostgres = { NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, DATABASE_URL: "postgres://postgres@127.0.0.1:5432/nft" } as const;
    expect(() => parseConfig({ ...onPostgres, PGLITE_DATA_DIR: ".next/standalone/.data/pglite" })).not.toThrow();
  });
});
