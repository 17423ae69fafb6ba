// The ONE place that reads the environment. Every variable is parsed by one zod schema, once; a
// wrong value stops the server at start with one French line naming the variable and what it
// expects (the messages are for the operator's console, not for users, and never echo a secret).
// Exceptions, on purpose, both read by code that runs before ours or at build time: NEXT_RUNTIME
// and NEXT_PHASE in instrumentation.ts (Next inlines them at build time), and next.config.js,
// which reads PAGE_CACHE_MEMORY_MB, SITE_URL, NEXTAUTH_URL and NODE_ENV when `next build` runs
// (the standalone server keeps the values of the build: README, "Deployment"). They are in the
// schema too, so a wrong value still stops the server at start.
import path from "node:path";
import { z } from "zod";

/** An unset variable and an empty one mean the same thing ("DATABASE_URL=" turns PostgreSQL off). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const url = (protocols: string[], expected: string) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, expected);

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: `un entier entre ${min} et ${max}` })
    .int(`un entier entre ${min} et ${max}`)
    .min(min, `un entier entre ${min} et ${max}`)
    .max(max, `un entier entre ${min} et ${max}`);

const flag = z.enum(["0", "1", "true", "false"], { error: "1 ou 0" }).transform((value) => value === "1" || value === "true");

export const MIN_SECRET_LENGTH = 32;

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"], { error: "development, production ou test" }).default("development"),
    DATABASE_URL: optional(url(["postgres:", "postgresql:"], "une URL postgres://utilisateur@hôte:port/base")),
    PGLITE_DATA_DIR: optional(z.string()).default(".data/pglite"),
    DATABASE_POOL_SIZE: optional(integer(1, 1000)).default(10),
    NEXTAUTH_URL: optional(url(["http:", "https:"], "une URL http(s)://… (l'adresse publique du site)")).default("http://localhost:3000"),
    NEXTAUTH_SECRET: optional(z.string()),
    SITE_URL: optional(url(["http:", "https:"], "une URL http(s)://…")),
    SMTP_URL: optional(url(["smtp:", "smtps:"], "une URL smtp://utilisateur:motdepasse@hôte:port")),
    MAIL_FROM: optional(z.string()).default("Normandy French Tech <ne-pas-repondre@normandy-french-tech.fr>"),
    MAIL_CAPTURE_DIR: optional(z.string()),
    // Only the end-to-end tests set it: they run the production build and follow the mails' links.
    MAIL_CAPTURE_IN_PRODUCTION: optional(flag).default(false),
    PAGE_CACHE_MEMORY_MB: optional(integer(0, 100_000)).default(200),
    TRUSTED_PROXY_COUNT: optional(integer(0, 10)).default(0),
    DIRECTORY_CACHE: optional(z.enum(["on", "off"], { error: "on ou off" })).default("on"),
    DEMO_DATA: optional(flag).default(false),
    LOG_FILE: optional(z.string()),
    LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "fatal, error, warn, info, debug, trace ou silent" })).default("info"),
    // Default: a "backups" folder beside the embedded data directory (lib/ops/backup.ts).
    BACKUP_DIR: optional(z.string()),
    SHUTDOWN_TIMEOUT_MS: optional(integer(0, 600_000)).default(10_000),
    // The standalone server's listening address, read by Next itself; here only for the start-up
    // warning about a loopback address (lib/server/listening-address.ts).
    HOSTNAME: optional(z.string()),
    // Tests only: /essai-erreur then fails on purpose, so the e2e suite can follow a server error
    // from the page the user sees to the server's log line. Off: that path is an ordinary 404.
    ERROR_PROBE: optional(flag).default(false),
    // Set by Next itself; `next build` imports server modules without any runtime secret.
    NEXT_PHASE: optional(z.string()),
  })
  .superRefine((env, context) => {
    // The standalone server runs from .next/standalone: a relative data directory would land
    // inside the build output, and the next build would delete the database with it. On
    // PostgreSQL neither directory is used.
    for (const [name, example] of [["PGLITE_DATA_DIR", "/var/lib/nft/pglite"], ["BACKUP_DIR", "/var/lib/nft/backups"]] as const) {
      const value = env[name];
      if (env.NODE_ENV === "production" && !env.DATABASE_URL && value && path.resolve(value).split(path.sep).includes(".next")) {
        context.addIssue({ code: "custom", path: [name], message: `un chemin hors du dossier .next (un nouveau build l'effacerait), par exemple ${example}` });
      }
    }
    const building = env.NEXT_PHASE === "phase-production-build";
    // The capture writes every mail, links included, to disk: development and tests only.
    if (env.NODE_ENV === "production" && !building && env.MAIL_CAPTURE_DIR && !env.MAIL_CAPTURE_IN_PRODUCTION) {
      context.addIssue({
        code: "custom",
        path: ["MAIL_CAPTURE_DIR"],
        message: "vide en production (il écrit chaque mail, liens compris, sur le disque : pour le développement et les tests seulement)",
      });
    }
    // The development fallback secret is public: production must bring its own, long enough.
    if (env.NODE_ENV === "production" && !building && (env.NEXTAUTH_SECRET ?? "").length < MIN_SECRET_LENGTH) {
      context.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: `un secret de ${MIN_SECRET_LENGTH} caractères au moins, obligatoire en production (par exemple : openssl rand -base64 32)`,
      });
    }
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly expected: string) {
    super(`Configuration invalide : ${variable}, attendu : ${expected}.`);
    this.name = "ConfigError";
  }
}

/** Parses an environment (process.env by default). Throws a ConfigError for the first wrong variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ConfigError(String(issue.path[0] ?? "?"), issue.message);
}

let cached: Config | undefined;

/** The parsed configuration of this process (parsed on first use). */
export function config(): Config {
  cached ??= parseConfig();
  return cached;
}

/** Where `npm run db:backup` writes: BACKUP_DIR, or "backups" beside the embedded data directory. */
export function backupDir(settings: Config = config()): string {
  return path.resolve(settings.BACKUP_DIR ?? path.join(path.dirname(path.resolve(settings.PGLITE_DATA_DIR)), "backups"));
}

/** Tests that change process.env call this so the next config() reads it again. */
export function resetConfig(): void {
  cached = undefined;
}

const DEVELOPMENT_SECRET = "development-only-secret-do-not-use-in-production";

/** The session-signing secret: the configured one, or a public fallback outside production. */
export function authSecretFrom(settings: Config): string | undefined {
  if (settings.NEXTAUTH_SECRET) return settings.NEXTAUTH_SECRET;
  return settings.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET;
}
