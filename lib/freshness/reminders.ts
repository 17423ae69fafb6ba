// The reminder job: 12 months after a profile's last confirmation its team gets a mail with two
// links ("rien n'a changé", single use, and "mettre à jour"), and again after 15 months.
//
// Every instance runs it (lib/server/start.ts), and it runs exactly once overall: a pass holds a
// transaction-scoped advisory lock, taken without waiting (an instance that finds it taken skips
// its pass: another one is doing the work). It is idempotent besides: a reminder is a row unique
// per (startup, cycle = the confirmation it is about, kind), inserted with ON CONFLICT DO NOTHING
// in the same transaction as its tokens and its mails (the outbox), so a reminder can never go
// twice for one cycle, and a new confirmation starts a new cycle.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { freshnessTokens, startupMembers, startups, users } from "@/db/schema";
import { newToken } from "@/lib/auth/tokens";
import { mailTo } from "@/lib/mail/outbox";
import { log } from "@/lib/log";
import { profileEditPath } from "@/lib/startups/access";
import { reminderMail } from "./mail";
import { addMonths, REMINDER_AFTER_MONTHS, TOKEN_VALIDITY_DAYS, type ReminderKind } from "./policy";

// Any constant shared by every instance (the migration and seed locks use neighbours).
const JOB_LOCK_KEY = 7_401_536_217;
/** Reminders per pass: keeps each transaction short (PGlite runs one query at a time). */
export const REMINDER_BATCH = 50;

export type ReminderPass = { ran: boolean; reminders: number; mails: number };

/** One pass at `now` (the clock is the caller's: tests move it). */
export async function sendDueReminders(db: Db, now: Date): Promise<ReminderPass> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${JOB_LOCK_KEY}) as locked`);
    if (!lock?.locked) return { ran: false, reminders: 0, mails: 0 };
    const firstDue = addMonths(now, -REMINDER_AFTER_MONTHS.first);
    const secondDue = addMonths(now, -REMINDER_AFTER_MONTHS.second);
    // The cycle is copied by the database itself, so it equals confirmed_at to the microsecond.
    const reminders = await queryRows<{ id: string; startupId: string; kind: ReminderKind; cycle: string | Date }>(
      tx,
      sql`insert into freshness_reminders (startup_id, cycle, kind, sent_at)
          select s.id, s.confirmed_at, due.kind, ${now.toISOString()}::timestamptz
          from startups s,
            lateral (select (case when s.confirmed_at <= ${secondDue.toISOString()}::timestamptz then 'second' else 'first' end)::freshness_reminder_kind as kind) due
          where s.status = 'published' and s.confirmed_at <= ${firstDue.toISOString()}::timestamptz
            and not exists (select 1 from freshness_reminders r where r.startup_id = s.id and r.cycle = s.confirmed_at and r.kind = due.kind)
          order by s.confirmed_at, s.id
          limit ${REMINDER_BATCH}
          on conflict (startup_id, cycle, kind) do nothing
          returning id, startup_id as "startupId", kind, cycle`,
    );
    if (reminders.length === 0) return { ran: true, reminders: 0, mails: 0 };
    const startupIds = reminders.map((reminder) => reminder.startupId);
    const profiles = new Map(
      (await tx.select({ id: startups.id, name: startups.name }).from(startups).where(inArray(startups.id, startupIds))).map((row) => [row.id, row.name]),
    );
    const members = await tx
      .select({ startupId: startupMembers.startupId, userId: users.id, email: users.email, language: users.language, name: users.name })
      .from(startupMembers)
      .innerJoin(users, eq(users.id, startupMembers.userId))
      .where(and(inArray(startupMembers.startupId, startupIds), isNull(users.disabledAt)));
    const expiresAt = new Date(now.getTime() + TOKEN_VALIDITY_DAYS * 86_400_000);
    let mails = 0;
    for (const reminder of reminders) {
      for (const member of members.filter((row) => row.startupId === reminder.startupId)) {
        const { token, hash } = newToken();
        await tx.insert(freshnessTokens).values({ reminderId: reminder.id, userId: member.userId, tokenHash: hash, expiresAt, createdAt: now });
        await mailTo(tx, member, (link) =>
          reminderMail({
            kind: reminder.kind,
            name: member.name,
            startupName: profiles.get(reminder.startupId) ?? "",
            confirmedAt: new Date(reminder.cycle),
            confirmUrl: link(`/espace/confirmer?jeton=${token}`),
            updateUrl: link(profileEditPath(reminder.startupId)),
          }),
        );
        mails++;
      }
    }
    return { ran: true, reminders: reminders.length, mails };
  });
}

/** Passes until nothing is due (a backlog larger than one batch), or another instance holds the lock. */
export async function runReminderJob(db: Db, now: Date): Promise<ReminderPass> {
  const total: ReminderPass = { ran: false, reminders: 0, mails: 0 };
  for (;;) {
    const pass = await sendDueReminders(db, now);
    total.ran ||= pass.ran;
    total.reminders += pass.reminders;
    total.mails += pass.mails;
    if (!pass.ran || pass.reminders < REMINDER_BATCH) break;
  }
  if (total.reminders > 0) log().info(total, "freshness: reminders queued");
  return total;
}
