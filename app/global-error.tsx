"use client";
// When the root layout itself fails, Next replaces the whole document with this page, which
// brings its own <html>: the same generic message and digest as app/[lang]/error.tsx. It lives
// outside app/[lang] and gets no params, so the language comes from the address bar
// (`/en/…` is English); on the server and during hydration that is unknown, so French first,
// then the URL's language once mounted (useSyncExternalStore keeps hydration consistent).
import { useCurrentLocation } from "@/components/i18n/current-location";
import { DEFAULT_LANG, localePath, splitLangPrefix } from "@/lib/i18n/lang";
import { errorWords } from "@/lib/i18n/error-words";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const location = useCurrentLocation();
  const lang = location === null ? DEFAULT_LANG : splitLangPrefix(location.split(/[?#]/)[0] || "/").lang;
  const t = errorWords(lang);
  return (
    <html lang={lang}>
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-4 py-12 text-center">
          <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
          <p className="mt-4 text-slate-700">{t.body}</p>
          {error.digest ? <p className="mt-2 text-sm break-all text-slate-600">{t.reference(error.digest)}</p> : null}
          <p className="mt-6">
            {/* A full load: after a failure of the layout, client navigation cannot be trusted. */}
            <a href={localePath(lang, "/")} className="font-semibold text-brand-800 underline">
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
