import Link from "next/link";
import { getDb } from "@/db/client";
import { ClaimDecisionForm } from "@/components/admin/small-forms";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { listPendingClaims } from "@/lib/moderation/claims";
import { decideClaimAction } from "../actions";

export const generateMetadata = localizedMetadata("/admin/demandes", (d) => ({ title: d.admin.claims.metaTitle, robots: { index: false } }));

export default async function ClaimsPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const d = dictionary();
  const t = d.admin.claims;
  const user = await requireStaff("/admin/demandes");
  const claims = await listPendingClaims(await getDb(), user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      {claims.length === 0 ? (
        <p className="text-slate-700">{t.empty}</p>
      ) : (
        <ul className="space-y-4">
          {claims.map((claim) => (
            <li key={claim.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <p>
                <strong>{claim.requesterName || claim.requester}</strong> ({claim.requester}) {t.requestsAccessTo}{" "}
                <Link href={href(`/admin/fiches/${claim.startupSlug}`)} className="text-brand-700 underline">
                  {claim.startupName}
                </Link>{" "}
                {t.requestedOn(d.format.date(claim.createdAt))}
              </p>
              <blockquote className="whitespace-pre-line border-l-4 border-slate-300 pl-3 text-slate-800">{claim.message}</blockquote>
              <ClaimDecisionForm action={decideClaimAction.bind(null, claim.id)} id={claim.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
