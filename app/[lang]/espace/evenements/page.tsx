// A member's events: the proposal form and their proposals with their review status.
import Link from "next/link";
import { getDb } from "@/db/client";
import { EventForm } from "@/components/events/event-form";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/session";
import { myEventRevisions, organiserChoices } from "@/lib/events/moderation";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { communeChoices } from "@/lib/territory";
import { proposeEventAction } from "./actions";

export const generateMetadata = localizedMetadata("/espace/evenements", (d) => ({ title: d.events.space.title, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ envoye?: string }> };

export default async function MyEventsPage({ params, searchParams }: Props) {
  await enterLang(params);
  const d = dictionary();
  const t = d.events.space;
  const user = await requireUser("/espace/evenements");
  const db = await getDb();
  const [mine, startups] = await Promise.all([myEventRevisions(db, user), organiserChoices(db)]);
  const { envoye } = await searchParams;
  // An event with a newer proposal pending shows that one; the edit link needs an approved, live event.
  const pendingEdits = new Set(mine.filter((row) => row.status === "pending" && row.eventId).map((row) => row.eventId));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
      </div>
      {envoye && <Notice tone="success">{t.proposed}</Notice>}
      <Section id="mes-propositions" title={t.mine}>
        {mine.length === 0 ? (
          <p className="text-slate-700">{t.none}</p>
        ) : (
          <ul className="space-y-3">
            {mine.map((row) => (
              <li key={row.id} className="rounded-lg border border-slate-200 p-3">
                <p className="font-semibold">
                  {row.status === "approved" && row.slug ? (
                    <Link href={href(`/evenements/${row.slug}`)} className="text-brand-700 underline">
                      {row.data.title}
                    </Link>
                  ) : (
                    row.data.title
                  )}
                </p>
                <p className="text-sm text-slate-700">
                  {d.events.when(new Date(row.data.startsAt), new Date(row.data.endsAt), row.data.allDay)} · {t.status[row.status]}
                </p>
                {row.status === "rejected" && row.reviewNote && <p className="text-sm text-red-900">{t.reason(row.reviewNote)}</p>}
                {row.status === "approved" && row.eventId && row.proposerId === user.id && !pendingEdits.has(row.eventId) && (
                  <Link href={href(`/espace/evenements/${row.eventId}/modifier`)} className="text-sm text-brand-700 underline">
                    {t.edit}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="proposer" title={t.propose}>
        {user.emailVerified ? (
          <EventForm action={proposeEventAction} communes={communeChoices()} startups={startups} submitLabel={d.events.form.submit} />
        ) : (
          <Notice tone="info">{t.verifyFirst}</Notice>
        )}
      </Section>
    </div>
  );
}
