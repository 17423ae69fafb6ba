// Readiness: can this instance serve? The database answers, every migration this build ships is
// applied, and how far behind the mail outbox is. Counts and ages only: nothing private.
import { sql } from "drizzle-orm";
import { getDatabase, queryRows, type Database } from "@/db/client";
import { appliedMigrationCount, knownMigrationCount } from "@/db/migrate";

export type Readiness =
  | {
      ready: true;
      database: "reachable";
      migrations: { applied: number; expected: number };
      mailOutbox: { unsent: number; oldestUnsentAgeSeconds: number | null };
    }
  | { ready: false; database: "unreachable" | "behind"; migrations?: { applied: number; expected: number } };

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("health check timed out")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function check(open: () => Promise<Database>): Promise<Readiness> {
  const { db } = await open();
  const applied = await appliedMigrationCount(db);
  const expected = knownMigrationCount();
  if (applied < expected) return { ready: false, database: "behind", migrations: { applied, expected } };
  const [outbox] = await queryRows<{ unsent: number; oldest: number | null }>(
    db,
    sql`select count(*)::int as unsent, extract(epoch from now() - min(created_at))::float8 as oldest
        from email_outbox where sent_at is null`,
  );
  return {
    ready: true,
    database: "reachable",
    migrations: { applied, expected },
    mailOutbox: { unsent: outbox?.unsent ?? 0, oldestUnsentAgeSeconds: outbox?.oldest == null ? null : Math.round(outbox.oldest) },
  };
}

/** `open` is this process's database; tests pass their own. */
export async function readiness(open: () => Promise<Database> = getDatabase): Promise<Readiness> {
  try {
    return await withTimeout(check(open), CHECK_TIMEOUT_MS);
  } catch {
    return { ready: false, database: "unreachable" };
  }
}
