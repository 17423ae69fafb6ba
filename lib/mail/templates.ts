// The mails. Their words live in the dictionary (fr.mail, lib/i18n/fr-mail.ts); each template is
// written once as a list of blocks (paragraphs and links) and rendered twice: a plain-text part, and a minimal HTML part in which EVERY block is escaped, so
// a startup name or a moderator's reason can never inject markup. Templates never contain
// passwords, so the sender may log them.
import { currentLang, dictionary } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";

export type RenderedMail = { subject: string; text: string; html: string };

export type Block = string | { link: string; label: string };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// A name in a subject must stay on one line (a header); names are passed to the dictionary that way.
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

function checkedUrl(url: string): string {
  // Links are built by our own code from SITE_URL: anything but http(s) is a bug, not content.
  if (!/^https?:\/\//i.test(url)) throw new Error(`Mail link must be an http(s) URL: ${url}`);
  return url;
}

export function render(subject: string, greetingName: string | null | undefined, blocks: Block[]): RenderedMail {
  const { common } = dictionary().mail;
  const greeting = greetingName?.trim() ? common.greetingNamed(oneLine(greetingName)) : common.greeting;
  const { signature, notice } = common;
  const site = siteUrl();

  const textBlocks = blocks.map((block) => (typeof block === "string" ? block : common.linkText(block.label, checkedUrl(block.link))));
  const text = [greeting, ...textBlocks, `${signature}\n${site}`, notice].join("\n\n") + "\n";

  // The fallback line writes its non-breaking space as an entity, as it always has.
  const linkFallback = escapeHtml(common.linkFallback).replace(/\u00a0/g, "&nbsp;");
  const paragraph = (value: string) => `<p>${escapeHtml(value).replace(/\r?\n/g, "<br>")}</p>`;
  const htmlBlocks = blocks.map((block) => {
    if (typeof block === "string") return paragraph(block);
    const href = escapeHtml(checkedUrl(block.link));
    return (
      `<p><a href="${href}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(block.label)}</a></p>` +
      `<p style="font-size:13px;color:#4b5563">${linkFallback}<br>${href}</p>`
    );
  });
  const html = [
    `<!doctype html><html lang="${currentLang()}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#111827;max-width:600px">`,
    paragraph(greeting),
    ...htmlBlocks,
    `<p>${escapeHtml(signature)}<br><a href="${escapeHtml(site)}">${escapeHtml(site)}</a></p>`,
    `<p style="font-size:12px;color:#6b7280">${escapeHtml(notice)}</p>`,
    `</body></html>`,
  ].join("\n");

  return { subject: oneLine(subject), text, html };
}

function verifyEmail({ name, url }: { name?: string | null; url: string }): RenderedMail {
  const t = dictionary().mail.verifyEmail;
  return render(t.subject, name, [t.intro, { link: url, label: t.link }, t.notYou]);
}

function resetPassword({ url }: { url: string }): RenderedMail {
  const t = dictionary().mail.resetPassword;
  return render(t.subject, null, [t.intro, { link: url, label: t.link }, t.validity, t.notYou]);
}

function passwordChanged({ name }: { name?: string | null } = {}): RenderedMail {
  const t = dictionary().mail.passwordChanged;
  return render(t.subject, name, [t.intro, t.notYou]);
}

function invitation({ startupName, inviterName, url }: { startupName: string; inviterName?: string | null; url: string }): RenderedMail {
  const t = dictionary().mail.invitation;
  const startup = oneLine(startupName);
  const who = inviterName?.trim() ? oneLine(inviterName) : null;
  return render(t.subject(startup), null, [t.intro(who, startup), { link: url, label: t.link }, t.unexpected]);
}

function revisionSubmitted({ startupName }: { startupName: string }): RenderedMail {
  const t = dictionary().mail.revisionSubmitted;
  const startup = oneLine(startupName);
  return render(t.subject(startup), null, [t.intro(startup), t.next]);
}

function revisionApproved({ startupName, url }: { startupName: string; url: string }): RenderedMail {
  const t = dictionary().mail.revisionApproved;
  const startup = oneLine(startupName);
  return render(t.subject(startup), null, [t.intro(startup), { link: url, label: t.link }]);
}

function revisionRejected({ startupName, reason, url }: { startupName: string; reason: string; url: string }): RenderedMail {
  const t = dictionary().mail.revisionRejected;
  const startup = oneLine(startupName);
  return render(t.subject(startup), null, [
    t.intro(startup),
    dictionary().mail.common.reason(reason.trim()),
    t.next,
    { link: url, label: t.link },
  ]);
}

function profileUnpublished({ startupName, reason }: { startupName: string; reason: string }): RenderedMail {
  const t = dictionary().mail.profileUnpublished;
  const startup = oneLine(startupName);
  return render(t.subject(startup), null, [t.intro(startup), dictionary().mail.common.reason(reason.trim()), t.contact]);
}

function claimDecided({ startupName, approved, reason }: { startupName: string; approved: boolean; reason?: string | null }): RenderedMail {
  const t = dictionary().mail.claimDecided;
  const startup = oneLine(startupName);
  const blocks: Block[] = approved ? [t.approved(startup), t.approvedNext] : [t.refused(startup)];
  if (reason?.trim()) blocks.push(approved ? t.approvedMessage(reason.trim()) : dictionary().mail.common.reason(reason.trim()));
  return render(approved ? t.approvedSubject(startup) : t.refusedSubject(startup), null, blocks);
}

export const mailTemplates = {
  verifyEmail,
  resetPassword,
  passwordChanged,
  invitation,
  revisionSubmitted,
  revisionApproved,
  revisionRejected,
  profileUnpublished,
  claimDecided,
};
