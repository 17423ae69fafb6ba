// What the start-up path does with data once the database is open and migrated: demo data only
// when asked, and a production server that refuses to run with a demo account still holding its
// published password. Called by instrumentation (lib/server/start.ts) and by scripts/seed.ts,
// never by db/client.ts (the seed imports lib/, which imports the client: no import circle).
import { sql } from "drizzle-orm";
import type { Config } from "@/lib/config";
import { verifyPassword } from "@/lib/auth/password";
import { log } from "@/lib/log";
import { queryRows, type Database } from "./client";
import { DEMO_ACCOUNTS, seedDemo } from "./seed";

/**
 * Demo data is wanted by `npm run dev` on a fresh (or unfinished) embedded database, and by any
 * server started with DEMO_DATA=1 (the e2e tests, the benchmark, a demonstration).
 */
export function demoDataWanted(settings: Config, database: Pick<Database, "driver" | "initPending">): boolean {
  if (settings.DEMO_DATA) return true;
  return settings.NODE_ENV === "development" && database.driver === "pglite" && database.initPending;
}

export class DemoAccountInProductionError extends Error {
  constructor(readonly emails: string[]) {
    super(
      `Démarrage refusé : ${emails.join(", ")} ${emails.length > 1 ? "sont des comptes" : "est un compte"} de démonstration ` +
        `avec ${emails.length > 1 ? "leur" : "son"} mot de passe publié dans le README. ` +
        `Donnez-lui un nouveau mot de passe (npm run admin:create -- --email ${emails[0]}, serveur arrêté, pour un compte d'administration) ` +
        `ou supprimez-le (démarrez une fois avec DEMO_DATA=1, connectez-vous avec ce compte, puis /compte : « Supprimer mon compte »). ` +
        `Pour une démonstration, démarrez avec DEMO_DATA=1.`,
    );
    this.name = "DemoAccountInProductionError";
  }
}

/** The demo accounts that exist and still accept their published password. */
export async function demoAccountsWithPublishedPassword(database: Database): Promise<string[]> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const rows = await queryRows<{ email: string; passwordHash: string | null }>(
    database.db,
    sql`select lower(email) as email, password_hash as "passwordHash" from users where lower(email) in (${sql.join(emails.map((e) => sql`${e}`), sql`, `)})`,
  );
  const exposed: string[] = [];
  // One at a time: each check is a 128 MiB scrypt.
  for (const row of rows) {
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === row.email);
    if (account && row.passwordHash && (await verifyPassword(account.password, row.passwordHash))) exposed.push(row.email);
  }
  return exposed;
}

async function demoAlreadySeeded(database: Database): Promise<boolean> {
  // seedDemo is one transaction: its admin account exists only if all of it committed.
  const [row] = await queryRows<{ present: boolean }>(
    database.db,
    sql`select exists (select 1 from users where lower(email) = ${DEMO_ACCOUNTS[0].email}) as present`,
  );
  return Boolean(row?.present);
}

/** Runs after migrations on every start. Throws DemoAccountInProductionError to refuse the start. */
export async function prepareData(database: Database, settings: Config): Promise<void> {
  if (demoDataWanted(settings, database) && !(await demoAlreadySeeded(database))) {
    // The published demo passwords are printed for a developer, not into a production log.
    await seedDemo(database.db, { log: (line) => log().info(`seed: ${line}`), printAccounts: settings.NODE_ENV === "development" });
  }
  database.markInitialized();
  if (settings.NODE_ENV === "production" && !settings.DEMO_DATA) {
    const exposed = await demoAccountsWithPublishedPassword(database);
    if (exposed.length) throw new DemoAccountInProductionError(exposed);
  }
}
