import Link from "next/link";
import { getDb } from "@/db/client";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { listMyStartups } from "@/lib/startups/space";

export const generateMetadata = localizedMetadata("/espace", (d) => ({ title: d.space.title, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ bienvenue?: string }> };

export default async function SpacePage({ params, searchParams }: Props) {
  await enterLang(params);
  const d = dictionary();
  const t = d.space;
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
          <Link href={href("/espace/evenements")} className="text-sm text-brand-700 underline">
            {d.events.space.title}
          </Link>
          <Link href={href("/compte")} className="text-sm text-brand-700 underline">
            {d.account.accountTitle}
          </Link>
        </p>
      </div>
      {bienvenue && <Notice tone="success">{t.welcome}</Notice>}
      {!user.emailVerified && !bienvenue && <Notice tone="info">{d.account.notVerified}</Notice>}
      {startups.length === 0 ? (
        <p className="text-slate-700">{t.noStartups}</p>
      ) : (
        <ul className="space-y-3">
          {startups.map((startup) => (
            <li key={startup.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4">
              <div>
                <Link href={href(`/espace/${startup.id}`)} className="text-lg font-semibold text-brand-800 underline">
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
        <Link href={href("/espace/nouvelle")} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t.create}
        </Link>
      </p>
    </div>
  );
}
