// A published startup's profile (public URL `/startups/[slug]`), for one directory version.
// Reached only through the rewrite in proxy.ts and cached like a static page: see
// lib/cache/page-cache.ts. Anything not published is a 404, cached for that version only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { sectorName } from "@/lib/sectors";
import { getPublishedStartup, type PublishedStartup } from "@/lib/startups/public";
import { siteUrl } from "@/lib/site";
import { PROFILE_PAGE, stateFromKey } from "@/lib/cache/page-cache";
import { StartupLogo } from "@/components/startups/startup-logo";
import { ProfileMap } from "@/components/map/profile-map";
import { StaleBadge } from "@/components/startups/stale-badge";
import { freshnessReference, isStale } from "@/lib/freshness/policy";

// Shared by generateMetadata and the page: one query per render.
const loadStartup = cache(async (key: string) => {
  const slug = stateFromKey(PROFILE_PAGE, key);
  return slug === null ? null : getPublishedStartup(await getDb(), slug);
});

type Params = { lang: string; version: string; key: string };
type Props = { params: Promise<Params> };

// Rendered on first request, then kept: the version in the path makes every entry immutable.
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

// The public path is the slug the key stands for (lib/cache/page-cache); localizedMetadata adds the
// canonical and hreflang alternates in place of the hand-written canonical.
export const generateMetadata = localizedMetadata<Params>(
  (p) => PROFILE_PAGE.pathFor(stateFromKey(PROFILE_PAGE, p.key) ?? ""),
  async (d, p) => {
    const t = d.profile;
    const startup = await loadStartup(p.key);
    if (!startup) return { title: d.notFound.title };
    const url = `/startups/${startup.slug}`;
    return {
      title: startup.name,
      description: startup.tagline,
      openGraph: {
        type: "profile",
        title: startup.name,
        description: startup.tagline,
        // The page in its language; the logo is a file route, the same in both.
        url: href(url),
        images: startup.logoUpdatedAt ? [{ url: `${url}/logo`, width: 256, height: 256, alt: t.logoAlt(startup.name) }] : [],
      },
    };
  },
);

function jsonLd(startup: PublishedStartup) {
  const url = `${siteUrl()}/startups/${startup.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": url,
    name: startup.name,
    description: startup.tagline,
    url: startup.website ?? url,
    ...(startup.logoUpdatedAt ? { logo: `${url}/logo` } : {}),
    ...(startup.foundedYear ? { foundingDate: String(startup.foundedYear) } : {}),
    ...(startup.teamSize ? { numberOfEmployees: { "@type": "QuantitativeValue", value: startup.teamSize } } : {}),
    address: { "@type": "PostalAddress", addressLocality: startup.commune, addressRegion: "Normandie", addressCountry: "FR" },
    sameAs: [startup.linkedinUrl, startup.twitterUrl].filter(Boolean),
  };
}

/** JSON inside <script> must not be able to close the tag. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-1 font-semibold text-slate-900">{children}</dd>
    </div>
  );
}

export default async function StartupPage({ params }: Props) {
  const lang = await enterLang(params);
  const t = dictionary().profile;
  const startup = await loadStartup((await params).key);
  if (!startup) notFound();
  const links: { href: string | null; label: string }[] = [
    { href: startup.website, label: t.website },
    { href: startup.linkedinUrl, label: t.linkedin },
    { href: startup.twitterUrl, label: t.twitter },
  ];
  const presentLinks = links.filter((link): link is { href: string; label: string } => Boolean(link.href));
  // The path is keyed by the Paris day (lib/cache/page-cache), so the badge follows the calendar.
  const stale = isStale(startup.confirmedAt, freshnessReference(new Date()));

  return (
    <article className="mx-auto max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJson(jsonLd(startup)) }} />
      <p className="mb-6 text-sm">
        <Link href={href("/startups")} className="text-brand-700 underline">
          ← {t.back}
        </Link>
      </p>
      <header className="flex items-start gap-5">
        <StartupLogo
          name={startup.name}
          slug={startup.slug}
          logoVersion={startup.logoUpdatedAt ? Math.floor(startup.logoUpdatedAt.getTime() / 1000) : null}
          size="lg"
          alt={dictionary().profile.logoAlt(startup.name)}
        />
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-brand-900">{startup.name}</h1>
          <p className="mt-2 text-lg text-slate-700">{startup.tagline}</p>
          {stale && (
            <p className="mt-2">
              <StaleBadge label={dictionary().freshness.staleBadge} explanation={dictionary().freshness.staleExplanation} />
            </p>
          )}
          {startup.sectors.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t.sectors}>
              {startup.sectors.map((sector) => (
                <li key={sector.slug}>
                  <Link
                    href={href(`/startups?secteur=${sector.slug}`)}
                    className="inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-800 hover:underline"
                  >
                    {sectorName(sector, lang)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>

      <section aria-labelledby="presentation" className="mt-8">
        <h2 id="presentation" className="text-xl font-semibold">
          {t.description}
        </h2>
        {/* Plain text: paragraphs and line breaks are kept, and React escapes everything. */}
        <div className="mt-3 space-y-3 whitespace-pre-line leading-relaxed text-slate-800">
          {startup.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>

      <section aria-labelledby="chiffres" className="mt-8">
        <h2 id="chiffres" className="text-xl font-semibold">
          {t.facts}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Fact label={t.location}>
            {startup.commune} · {startup.metropolis ? dictionary().metropolisLong[startup.metropolis] : ""}
          </Fact>
          {startup.foundedYear && <Fact label={t.foundedYear}>{startup.foundedYear}</Fact>}
          {startup.teamSize && <Fact label={t.teamSize}>{t.teamSizeValue(startup.teamSize)}</Fact>}
          <Fact label={t.fundsRaised}>{startup.fundsRaisedEur ? dictionary().format.euros(startup.fundsRaisedEur) : t.noFunds}</Fact>
          {startup.stage && <Fact label={t.stage}>{dictionary().stage[startup.stage]}</Fact>}
          <Fact label={t.hiring}>{startup.hiring ? t.hiringYes : t.hiringNo}</Fact>
        </dl>
      </section>

      {startup.communeCode && (
        <section aria-labelledby="carte" className="mt-8">
          <h2 id="carte" className="text-xl font-semibold">
            {dictionary().map.profileMapTitle}
          </h2>
          <div className="mt-3">
            <ProfileMap communeCode={startup.communeCode} />
          </div>
        </section>
      )}

      {presentLinks.length > 0 && (
        <section aria-labelledby="liens" className="mt-8">
          <h2 id="liens" className="text-xl font-semibold">
            {t.links}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-3">
            {presentLinks.map((link) => (
              <li key={link.label}>
                <a
                  href={link.href}
                  rel="noopener nofollow"
                  target="_blank"
                  className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-brand-800 hover:border-brand-600"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600">
        <p data-testid="confirmed-at">
          {startup.confirmedAt ? dictionary().freshness.confirmedOn(dictionary().format.date(startup.confirmedAt)) : dictionary().freshness.neverConfirmed}
        </p>
      </footer>
    </article>
  );
}
