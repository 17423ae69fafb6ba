// "Fiches à vérifier": published profiles their team has not confirmed for 18 months. Staff
// only: the layout redirects, and listStaleProfiles checks the role again.
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireStaff } from "@/lib/auth/session";
import { freshnessReference } from "@/lib/freshness/policy";
import { listStaleProfiles } from "@/lib/freshness/public";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";

export const generateMetadata = localizedMetadata("/admin/fiches-a-verifier", (d) => ({ title: d.freshness.admin.title, robots: { index: false } }));

export default async function StaleProfilesPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const d = dictionary();
  const t = d.freshness.admin;
  const user = await requireStaff("/admin/fiches-a-verifier");
  const profiles = await listStaleProfiles(await getDb(), user, freshnessReference(new Date()));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      {profiles.length === 0 ? (
        <p className="text-slate-700">{t.empty}</p>
      ) : (
        <>
          <p className="font-semibold">{t.count(profiles.length)}</p>
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={t.title}>
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t.name}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.confirmedAt}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t.reminders}
                  </th>
                </tr>
              </thead>
              <tbody>
                {profiles.map((profile) => (
                  <tr key={profile.id} className="border-t border-slate-200">
                    <td className="px-3 py-2">
                      <Link href={href(`/admin/fiches/${profile.slug}`)} className="text-brand-700 underline">
                        {profile.name}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{profile.confirmedAt ? d.format.date(profile.confirmedAt) : t.never}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{profile.reminders}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
