// Delivers the mails queued in email_outbox (./outbox). Any number of instances may run the
// sender: a pass first CLAIMS due mails by pushing their next_attempt_at forward (a lease), in one
// short `for update skip locked` transaction, so two instances never pick the same mail; then it
// sends them outside any transaction (PGlite serialises everything, SMTP can be slow) and records
// each outcome. A crash mid-pass only delays the claimed mails until their lease ends.
import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte } from "drizzle-orm";
import { createTransport } from "nodemailer";
import type { Db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { config, type Config } from "@/lib/config";
import { log } from "@/lib/log";
import { startLoop, stopLoop, type LoopState } from "@/lib/server/loop";
import type { OutgoingMail } from "./outbox";

export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

// One transport per process (SMTP connections are reused), rebuilt if SMTP_URL changes; the
// delivery loop's state, so that shutdown can wait for the pass in progress.
const globalForMail = globalThis as unknown as {
  nftMailTransport?: { url: string | undefined; transport: MailTransport };
  nftMailLoop?: LoopState;
};
const loop = (globalForMail.nftMailLoop ??= {});

const BATCH_SIZE = 20;
const LEASE_MS = 5 * 60_000;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 60 * 60_000;
// From this many failures on, retries stay at the cap and every failure is logged as a warning.
const PERSISTENT_FAILURES = 10;
const ERROR_MAX_LENGTH = 500;
// A delivered mail keeps its address, subject and dates (to answer "did you send it?") for this
// long, then goes; its body (which may hold a sign-in, reset or invitation link) goes at once.
export const DELIVERED_RETENTION_MS = 30 * 24 * 60 * 60_000;
export const REDACTED_BODY = "[supprimé après envoi]";
const PURGE_EVERY_MS = 60 * 60_000;

// Nodemailer's defaults (2 min to connect, 10 min of socket silence) would outlive the lease.
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

export function smtpTransport(url: string): MailTransport {
  // Added to the URL (unless it sets them) rather than parsed out of it, so credentials are untouched.
  const missing = Object.entries(SMTP_TIMEOUTS).filter(([key]) => !new RegExp(`[?&]${key}=`).test(url));
  const fullUrl = missing.length ? `${url}${url.includes("?") ? "&" : "?"}${missing.map(([k, v]) => `${k}=${v}`).join("&")}` : url;
  const transporter = createTransport(fullUrl, { from: config().MAIL_FROM });
  return {
    async send(mail) {
      await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    },
  };
}

/**
 * Where the log transport writes mails as JSON (with their links), or null. For development and
 * tests only: the configuration refuses it in production unless MAIL_CAPTURE_IN_PRODUCTION=1,
 * which only the end-to-end tests set (they run the production build and follow the links).
 */
export function mailCaptureDir(settings: Config = config()): string | null {
  return settings.MAIL_CAPTURE_DIR?.trim() || null;
}

/**
 * Without SMTP (development, tests): logs that a mail was "sent" (its subject, never its body: it
 * may hold a link with a token), and when MAIL_CAPTURE_DIR is set writes it there as JSON, for a
 * developer to open and for end-to-end tests to follow the links it contains.
 */
export function logTransport(settings: () => Config = config): MailTransport {
  return {
    async send(mail) {
      // Never the body: it may hold a link with a token.
      const dir = mailCaptureDir(settings());
      log().info({ mail: { subject: mail.subject }, captureDir: dir ?? null }, "mail: no SMTP_URL, not sent");
      if (!dir) return;
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${Date.now()}-${randomBytes(6).toString("hex")}.json`);
      const body = JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, sentAt: new Date().toISOString() }, null, 2);
      // Written then renamed, so a reader never sees half a file.
      await fs.writeFile(`${file}.tmp`, body);
      await fs.rename(`${file}.tmp`, file);
    },
  };
}

/** The delay before retrying a mail that has now failed `failures` times: 30 s, 1 min, 2 min… up to 6 h. */
export function retryDelayMs(failures: number): number {
  if (failures >= PERSISTENT_FAILURES) return MAX_DELAY_MS;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
}

function errorMessage(error: unknown): string {
  // The message only: a stack or an SMTP transcript could carry credentials or whole mails.
  const message = error instanceof Error ? error.message : String(error);
  return message.length > ERROR_MAX_LENGTH ? `${message.slice(0, ERROR_MAX_LENGTH - 1)}…` : message;
}

async function claimDueMails(db: Db, now: Date) {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(isNull(emailOutbox.sentAt), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.id))
      .limit(BATCH_SIZE)
      .for("update", { skipLocked: true });
    const claimed = await tx
      .update(emailOutbox)
      .set({ nextAttemptAt: leaseUntil })
      .where(inArray(emailOutbox.id, due))
      .returning();
    return { claimed: claimed.sort((a, b) => a.id - b.id), leaseUntil };
  });
}

export async function deliverDueMails(db: Db, transport: MailTransport, now = new Date()): Promise<{ sent: number; failed: number }> {
  const { claimed, leaseUntil } = await claimDueMails(db, now);
  const startedAt = Date.now();
  let sent = 0;
  let failed = 0;

  for (const [index, mail] of claimed.entries()) {
    // A very slow SMTP server must not keep us sending past our lease, when another instance
    // could claim the same mails: give the rest back (only those still leased to us) and stop.
    // A shutting-down process does the same after its current mail.
    if (Date.now() - startedAt > LEASE_MS / 2 || loop.stopping) {
      const rest = claimed.slice(index).map((m) => m.id);
      await db
        .update(emailOutbox)
        .set({ nextAttemptAt: now })
        .where(and(inArray(emailOutbox.id, rest), isNull(emailOutbox.sentAt), eq(emailOutbox.nextAttemptAt, leaseUntil)));
      break;
    }
    try {
      await transport.send({ to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody ?? undefined });
    } catch (error) {
      failed++;
      const attempts = mail.attempts + 1;
      const message = errorMessage(error);
      await db
        .update(emailOutbox)
        .set({ attempts, lastError: message, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) })
        .where(eq(emailOutbox.id, mail.id));
      log()[attempts >= PERSISTENT_FAILURES ? "warn" : "error"](
        { mailId: mail.id, attempts, error: message, retryInMs: retryDelayMs(attempts) },
        attempts >= PERSISTENT_FAILURES ? "mail: delivery still failing, retrying every 6 hours" : "mail: delivery failed, will retry",
      );
      continue;
    }
    sent++;
    log().info({ mailId: mail.id, attempts: mail.attempts + 1 }, "mail: delivered");
    // Delivered: the body (and any link in it) is no longer needed here.
    await db
      .update(emailOutbox)
      .set({ sentAt: new Date(), lastError: null, textBody: REDACTED_BODY, htmlBody: null })
      .where(eq(emailOutbox.id, mail.id));
  }
  await purgeDeliveredMails(db, now);
  return { sent, failed };
}

const globalForPurge = globalThis as unknown as { nftMailPurgedAt?: number };

/** Deletes delivered mails older than the retention period (at most once an hour per process, unless forced). */
export async function purgeDeliveredMails(db: Db, now = new Date(), { force = false } = {}): Promise<void> {
  if (!force && now.getTime() - (globalForPurge.nftMailPurgedAt ?? 0) < PURGE_EVERY_MS) return;
  globalForPurge.nftMailPurgedAt = now.getTime();
  await db.delete(emailOutbox).where(and(isNotNull(emailOutbox.sentAt), lt(emailOutbox.sentAt, new Date(now.getTime() - DELIVERED_RETENTION_MS))));
}

function transportFromEnv(): MailTransport {
  const url = config().SMTP_URL;
  if (globalForMail.nftMailTransport?.url !== url || !globalForMail.nftMailTransport) {
    globalForMail.nftMailTransport = { url, transport: url ? smtpTransport(url) : logTransport() };
  }
  return globalForMail.nftMailTransport.transport;
}

/** Runs one delivery pass now (after enqueueing, so mails need not wait for the loop). Never throws. */
export async function deliverNow(db: Db): Promise<void> {
  if (loop.stopping) return; // Shutting down: the next process sends it.
  try {
    await deliverDueMails(db, transportFromEnv());
  } catch (error) {
    log().error({ error: errorMessage(error) }, "mail: delivery pass failed");
  }
}

/** Starts this process's delivery loop, once (hot reload and repeated calls are no-ops). */
export function startMailSender(getDb: () => Promise<Db>, intervalMs = 5000): void {
  // A timeout re-armed after each pass, not an interval: passes never overlap within a process.
  startLoop(
    loop,
    async () => {
      try {
        await deliverNow(await getDb());
      } catch (error) {
        log().error({ error: errorMessage(error) }, "mail: cannot open the database");
      }
    },
    intervalMs,
  );
}

/** Stops the delivery loop: the pass in progress ends after its current mail. Resolves when it has. */
export async function stopMailSender(): Promise<void> {
  await stopLoop(loop);
}
