// The reminder mail, rendered with the shared mail layout (lib/mail/templates).
import { dictionary } from "@/lib/i18n/server";
import { render, type RenderedMail } from "@/lib/mail/templates";
import type { ReminderKind } from "./policy";

export function reminderMail(input: {
  kind: ReminderKind;
  name: string | null;
  startupName: string;
  confirmedAt: Date;
  confirmUrl: string;
  updateUrl: string;
}): RenderedMail {
  const t = dictionary().freshness.mail;
  const startup = input.startupName.replace(/\s+/g, " ").trim();
  return render(input.kind === "first" ? t.firstSubject(startup) : t.secondSubject(startup), input.name, [
    t.intro(startup, dictionary().format.date(input.confirmedAt)),
    t.ask,
    { link: input.confirmUrl, label: t.confirm },
    { link: input.updateUrl, label: t.update },
    t.stale,
    t.validity,
  ]);
}
