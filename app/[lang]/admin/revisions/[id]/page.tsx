import { ScrollRegion } from "@/components/ui/scroll-region";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { ApproveForm, RejectForm } from "@/components/admin/decision-forms";
import { requireStaff } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { revisionForReview } from "@/lib/moderation/review";
import { sectorName } from "@/lib/sectors/name";
import { profileDiff, type DisplayedValue } from "@/lib/startups/display";
import { isUuid } from "@/lib/startups/access";
import { ProfileForm } from "@/components/startups/profile-form";
import { profileFormOptions } from "@/lib/startups/form-options";
import { profileToFormValues } from "@/lib/startups/profile-form";
import { approveAction, moderatorEditAction, rejectAction } from "../../actions";

export const generateMetadata = localizedMetadata(
  (p: { lang: string; id: string }) => `/admin/revisions/${p.id}`,
  (d) => ({ title: d.admin.review.metaTitle, robots: { index: false } }),
);

function Value({ value }: { value: DisplayedValue }) {
  return value.href ? (
    <a href={value.href} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 underline">
      {value.text}
    </a>
  ) : (
    value.text
  );
}

export default async function ReviewPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await enterLang(params);
  const d = dictionary();
  const t = d.admin.review;
  const { id } = await params;
  const user = await requireStaff(`/admin/revisions/${id}`);
  if (!isUuid(id)) notFound();
  const db = await getDb();
  const revision = await revisionForReview(db, user, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { communes, sectors } = await profileFormOptions(db);
  const diff = profileDiff(revision.live, revision.data, new Map(sectors.map((sector) => [sector.slug, sectorName(sector, lang)])));
  const changedCount = diff.filter((row) => row.changed).length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title(revision.data.name)}</h1>
      <p className="text-slate-700">{t.summary(revision.live ? d.admin.queue.kind.edit : d.admin.queue.kind.new, d.space.status[revision.status] ?? "")}</p>
      {revision.justification && <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">{t.justification(revision.justification)}</p>}
      <p className="text-sm text-slate-700">{t.changedCount(changedCount)}</p>
      <ScrollRegion label={t.comparison}>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t.comparison}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b p-2">{t.field}</th>
              <th scope="col" className="border-b p-2">{t.liveVersion}</th>
              <th scope="col" className="border-b p-2">{t.proposedVersion}</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((row) => (
              <tr key={row.key} className={row.changed ? "bg-amber-50" : undefined} data-changed={row.changed || undefined}>
                <th scope="row" className="border-b p-2 text-left align-top font-semibold">
                  {row.label}
                  {row.changed && (
                    // Marked in words and with a border, not by the row's colour alone.
                    <span className="mt-1 block w-fit rounded border border-amber-800 px-1.5 text-xs font-semibold text-amber-900">{t.changed}</span>
                  )}
                </th>
                <td className="whitespace-pre-line break-words border-b p-2 align-top">
                  <Value value={row.before} />
                </td>
                <td className="whitespace-pre-line break-words border-b p-2 align-top">
                  <Value value={row.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <section aria-labelledby="logos" className="flex flex-wrap gap-8">
        <h2 id="logos" className="sr-only">{t.logos}</h2>
        {(
          [
            [t.liveLogo, revision.hasLiveLogo, "publie"],
            [t.proposedLogo, revision.hasProposedLogo, "proposee"],
          ] as const
        ).map(([label, present, version]) => (
          <figure key={version} className="text-sm">
            {present ? (
              // eslint-disable-next-line @next/next/no-img-element -- private, staff-only image
              <img src={`/admin/revisions/${revision.id}/logo?version=${version}`} alt={label} width={96} height={96} className="size-24 rounded-xl border border-slate-200" />
            ) : (
              <span className="flex size-24 items-center justify-center rounded-xl border border-dashed border-slate-400 text-slate-600">{t.noLogo}</span>
            )}
            <figcaption className="mt-1">{label}{version === "proposee" && !present ? ` ${t.unchanged}` : ""}</figcaption>
          </figure>
        ))}
      </section>
      {revision.status === "pending" && (
        <>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            <ApproveForm action={approveAction.bind(null, revision.id)} />
            <RejectForm action={rejectAction.bind(null, revision.id)} />
          </div>
          <details className="rounded-xl border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">{t.correct}</summary>
            <p className="my-3 text-sm text-slate-700">{t.correctIntro}</p>
            <ProfileForm
              action={moderatorEditAction.bind(null, revision.id)}
              initialValues={profileToFormValues(revision.data, communes)}
              communes={communes}
              sectors={sectors}
            />
          </details>
        </>
      )}
    </div>
  );
}
