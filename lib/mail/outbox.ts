// Mails are never sent from a request: they are written to email_outbox, in the caller's
// transaction, and a background sender (./sender) delivers them. So a mail goes out if and only
// if the change that causes it commits, and an SMTP outage only delays it.
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { inLang } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";

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

/** Someone a mail goes to, and the language it is written in (users.language). */
export type Recipient = { email: string; language: Lang };

/**
 * Writes a mail in its recipient's language, whatever the language of the request that causes it
 * (a moderator in English approving a French team's profile writes to them in French), and
 * queues it. `link(path)` is the absolute URL of a site path in that language.
 */
export async function mailTo(tx: Executor, recipient: Recipient, write: (link: (path: string) => string) => { subject: string; text: string; html?: string }): Promise<void> {
  const mail = inLang(recipient.language, () => write((path) => `${siteUrl()}${localePath(recipient.language, path)}`));
  await enqueueMail(tx, { to: recipient.email, ...mail });
}
