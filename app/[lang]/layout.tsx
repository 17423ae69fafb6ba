// The root layout, one per language (`app/[lang]`: the proxy rewrites French URLs to `/fr/…` and
// English ones keep their `/en/…`), so `<html lang>` and every label follow the URL.
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { GeistSans } from "geist/font/sans";
import { LanguageOffer } from "@/components/i18n/language-offer";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { RouteFocus } from "@/components/ui/route-focus";
import { LANG_TAGS, LANGS, localePath, otherLang } from "@/lib/i18n/lang";
import { dictionaryFor } from "@/lib/i18n/dictionaries";
import { enterLang } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";
import "../globals.css";

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const lang = await enterLang(params);
  const d = dictionaryFor(lang);
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${d.site.name} : ${d.site.tagline}`, template: `%s · ${d.site.name}` },
    description: d.site.description,
    openGraph: { siteName: d.site.name, locale: LANG_TAGS[lang].replace("-", "_"), type: "website" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#123b6a" };

export default async function RootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await enterLang(params);
  const d = dictionaryFor(lang);
  const target = otherLang(lang);
  const other = dictionaryFor(target).site;
  const nav = [
    { href: "/startups", label: d.site.nav.directory },
    { href: "/evenements", label: d.events.nav },
    { href: "/statistiques", label: d.site.nav.stats },
    { href: "/espace", label: d.site.nav.space },
    { href: "/a-propos", label: d.site.nav.about },
    // A plain link, the same for everyone, so that public pages stay cacheable (see AccountBar).
    { href: "/compte", label: d.site.nav.account },
  ];
  return (
    <html lang={lang} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#contenu"
          className="sr-only z-50 rounded bg-white px-4 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
        >
          {d.site.skipToContent}
        </a>
        <header className="bg-brand-900 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
            <Link href={localePath(lang, "/startups")} className="text-lg font-semibold tracking-tight">
              {d.site.name}
            </Link>
            <nav aria-label={d.site.mainNav}>
              <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm font-medium">
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link href={localePath(lang, item.href)} className="hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
                <li>
                  <LanguageSwitch target={target} invitation={other.languageSwitch} />
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <LanguageOffer lang={lang} target={target} offer={other.languageOffer} decline={d.site.languageOffer.decline} />
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <RouteFocus />
        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600">
            <p>{d.site.footer}</p>
            <nav aria-label={d.site.footerNav}>
              <Link href={localePath(lang, "/donnees-ouvertes")} className="underline">
                {d.site.nav.openData}
              </Link>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
