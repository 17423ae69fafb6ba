import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { GeistSans } from "geist/font/sans";
import { RouteFocus } from "@/components/ui/route-focus";
import { fr } from "@/lib/i18n/fr";
import { siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${fr.site.name} : ${fr.site.tagline}`, template: `%s · ${fr.site.name}` },
  description: fr.site.description,
  openGraph: { siteName: fr.site.name, locale: "fr_FR", type: "website" },
};

const NAV = [
  { href: "/startups", label: fr.site.nav.directory },
  { href: "/evenements", label: fr.events.nav },
  { href: "/statistiques", label: fr.site.nav.stats },
  { href: "/espace", label: fr.site.nav.space },
  { href: "/a-propos", label: fr.site.nav.about },
  // A plain link, the same for everyone, so that public pages stay cacheable (see AccountBar).
  { href: "/compte", label: fr.site.nav.account },
];

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#123b6a" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr" className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#contenu"
          className="sr-only z-50 rounded bg-white px-4 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
        >
          {fr.site.skipToContent}
        </a>
        <header className="bg-brand-900 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
            <Link href="/startups" className="text-lg font-semibold tracking-tight">
              {fr.site.name}
            </Link>
            <nav aria-label={fr.site.mainNav}>
              <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <RouteFocus />
        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600">
            <p>{fr.site.footer}</p>
            <nav aria-label={fr.site.footerNav}>
              <Link href="/donnees-ouvertes" className="underline">
                {fr.site.nav.openData}
              </Link>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
