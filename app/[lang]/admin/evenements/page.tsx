// The agenda's moderation queue, and the live events staff may cancel.
import Link from "next/link";
import { getDb } from "@/db/client";
import { CancelEventForm, DecideEventForms } from "@/components/events/admin-forms";
import { eventPlace } from "@/components/events/event-card";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { requireStaff } from "@/lib/auth/session";
import { liveEventsForStaff, pendingEventRevisions } from "@/lib/events/moderation";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { findCommune } from "@/lib/territory";
import { approveEventAction, cancelEventAction, rejectEventAction } from "./actions";

export const generateMetadata = localizedMetadata("/admin/evenements", (d) => ({ title: d.events.admin.title, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ etat?: string }> };

export default async function EventModerationPage({ params, searchParams }: Props) {
  await enterLang(params);
  const d = dictionary();
  const t = d.events.admin;
  const user = await requireStaff("/admin/evenements");
  const db = await getDb();
  const [pending, live] = await Promise.all([pendingEventRevisions(db, user), liveEventsForStaff(db, user)]);
  const { etat } = await searchParams;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
        <Link href={href("/admin/evenements/nouveau")} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t.create}
        </Link>
      </div>
      {etat && <Notice tone="success">{d.admin.dashboard.decided}</Notice>}
      <Section id="a-relire" title={t.title}>
        {pending.length === 0 ? (
          <p className="text-slate-700">{t.none}</p>
        ) : (
          <ul className="space-y-4">
            {pending.map((item) => (
              <li key={item.id} className="rounded-lg border border-slate-200 p-4">
                <p className="text-sm font-semibold text-slate-600">{item.eventId ? t.editOf(item.liveTitle ?? "") : t.newEvent}</p>
                <h3 className="text-lg font-semibold">{item.data.title}</h3>
                <p className="text-sm text-slate-700">
                  {d.events.when(new Date(item.data.startsAt), new Date(item.data.endsAt), item.data.allDay)} · {d.events.type[item.data.type]} ·{" "}
                  {item.data.onlineUrl
                    ? d.events.card.online
                    : eventPlace({ onlineUrl: null, commune: item.data.communeCode ? (findCommune(item.data.communeCode)?.name ?? null) : null, metropolis: null })}
                  {item.data.address ? `, ${item.data.address}` : ""} · {item.data.free ? d.events.card.free : d.events.card.paid}
                </p>
                <p className="text-sm text-slate-700">
                  {d.events.page.organiser} : {item.data.organiser}
                  {item.data.link ? ` · ${item.data.link}` : ""}
                </p>
                <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{item.data.description}</p>
                <p className="mt-1 text-xs text-slate-600">{t.by(item.authorName || item.author || "—")}</p>
                <DecideEventForms revisionId={item.id} approve={approveEventAction} reject={rejectEventAction} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="publies" title={t.published}>
        <ul className="space-y-2">
          {live.map((event) => (
            <li key={event.id} className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-2">
              <span>
                <Link href={href(`/evenements/${event.slug}`)} className="text-brand-700 underline">
                  {event.title}
                </Link>{" "}
                <span className="text-sm text-slate-600">{d.events.when(event.startsAt, event.startsAt, true)}</span>
              </span>
              {event.cancelledAt ? (
                <span className="rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900">{t.cancelled}</span>
              ) : (
                <CancelEventForm eventId={event.id} action={cancelEventAction} />
              )}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
