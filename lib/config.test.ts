import { afterEach, describe, expect, it, vi } from "vitest";
import { register } from "@/instrumentation";
import { ConfigError, parseConfig, resetConfig } from "./config";

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

  it("parses the mail capture and the public URL too, and refuses the capture in production unless the tests ask for it", () => {
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: SECRET } as const;
    expect(refusal({ ...production, MAIL_CAPTURE_DIR: "/tmp/mails" })).toMatch(/^Configuration invalide : MAIL_CAPTURE_DIR, attendu : vide en production/);
    expect(parseConfig({ ...production, MAIL_CAPTURE_DIR: "/tmp/mails", MAIL_CAPTURE_IN_PRODUCTION: "1" })).toMatchObject({ MAIL_CAPTURE_DIR: "/tmp/mails", MAIL_CAPTURE_IN_PRODUCTION: true });
    expect(parseConfig({ MAIL_CAPTURE_DIR: "/tmp/mails" }).MAIL_CAPTURE_DIR).toBe("/tmp/mails");
    expect(refusal({ MAIL_CAPTURE_IN_PRODUCTION: "oui" })).toBe("Configuration invalide : MAIL_CAPTURE_IN_PRODUCTION, attendu : 1 ou 0.");
    expect(refusal({ SITE_URL: "annuaire.example" })).toMatch(/^Configuration invalide : SITE_URL, attendu : une URL http/);
  });
});

describe("start of the server (instrumentation.ts register)", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetConfig();
    vi.restoreAllMocks();
  });

  it("checks the configuration before anything reads it: a wrong TRUSTED_PROXY_COUNT stops it with the French line", async () => {
    // Before the fix, the client-address stamp read the variable first and threw its own English error.
    Object.assign(process.env, { NEXT_RUNTIME: "nodejs", TRUSTED_PROXY_COUNT: "abc" });
    resetConfig();
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("process.exit");
    });
    await expect(register()).rejects.toThrow("process.exit");
    expect(written).toEqual(["Configuration invalide : TRUSTED_PROXY_COUNT, attendu : un entier entre 0 et 10.\n"]);
  });
});
