// Mails are never sent from a request: they are written to email_outbox, in the caller's
// transaction, and a background sender (./sender) delivers them. So a mail goes out if and only
// if the change that causes it commits, and an SMTP outage only delays it.
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";

export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

// The column is varchar(200): a long startup name must not make the whole transaction fail.
const SUBJECT_MAX = 200;

export async function enqueueMail(tx: Executor, mail: OutgoingMail): Promise<void> {
  await tx.insert(emailOutbox).values({
    toAddress: mail.to.trim(),
    subject: mail.subject.length > SUBJECT_MAX ? `${mail.subject.slice(0, SUBJECT_MAX - 1)}…` : mail.subject,
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    // Due now by THIS process's clock, which the sender compares with (not the database's now(),
    // which has microseconds and may run ahead: a mail sent right away would not be due yet).
    nextAttemptAt: new Date(),
  });
}
