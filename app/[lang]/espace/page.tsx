import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { fr } from "@/lib/i18n/fr";
import { listMyStartups } from "@/lib/startups/space";

const t = fr.space;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

export default async function SpacePage({ searchParams }: { searchParams: Promise<{ bienvenue?: string }> }) {
  const user = await requireUser("/espace");
  const startups = await listMyStartups(await getDb(), user);
  const { bienvenue } = await searchParams;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
          <p className="mt-2 text-slate-700">{t.intro}</p>
        </div>
        <p className="flex gap-4">
          <Link href="/espace/evenements" className="text-sm text-brand-700 underline">
            {fr.events.space.title}
          </Link>
          <Link href="/compte" className="text-sm text-brand-700 underline">
            {fr.account.accountTitle}
          </Link>
        </p>
      </div>
      {bienvenue && <Notice tone="success">{t.welcome}</Notice>}
      {!user.emailVerified && !bienvenue && <Notice tone="info">{fr.account.notVerified}</Notice>}
      {startups.length === 0 ? (
        <p className="text-slate-700">{t.noStartups}</p>
      ) : (
        <ul className="space-y-3">
          {startups.map((startup) => (
            <li key={startup.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4">
              <div>
                <Link href={`/espace/${startup.id}`} className="text-lg font-semibold text-brand-800 underline">
                  {startup.displayName}
                </Link>
                <p className="text-sm text-slate-600">
                  {t.role[startup.role]} · {t.liveStatus[startup.status]}
                  {startup.revisionStatus ? ` · ${t.status[startup.revisionStatus]}` : ""}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/espace/nouvelle" className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t.create}
        </Link>
      </p>
    </div>
  );
}
