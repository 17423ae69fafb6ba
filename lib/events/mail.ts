// The mails of the agenda's moderation, rendered with the shared mail layout.
import { dictionary } from "@/lib/i18n/server";
import { render, type Block, type RenderedMail } from "@/lib/mail/templates";

export function eventDecidedMail(input: { title: string; url: string | null; approved: boolean; reason: string | null }): RenderedMail {
  const t = dictionary().events.mail;
  const title = input.title.replace(/\s+/g, " ").trim();
  if (input.approved) {
    const blocks: Block[] = [t.approved(title)];
    if (input.url) blocks.push({ link: input.url, label: t.view });
    return render(t.approvedSubject(title), null, blocks);
  }
  const blocks: Block[] = [t.rejected(title)];
  if (input.reason) blocks.push(dictionary().mail.common.reason(input.reason));
  return render(t.rejectedSubject(title), null, blocks);
}
