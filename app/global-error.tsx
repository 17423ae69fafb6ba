"use client";
// When the root layout itself fails, Next replaces the whole document with this page, which
// brings its own <html>: the same generic French message and digest as app/error.tsx.
import { useT } from "@/lib/i18n/client";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const d = useT();
  return (
    <html lang="fr">
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-4 py-12 text-center">
          <h1 className="text-3xl font-bold text-brand-900">{d.error.title}</h1>
          <p className="mt-4 text-slate-700">{d.error.body}</p>
          {error.digest ? <p className="mt-2 text-sm break-all text-slate-600">{d.error.reference(error.digest)}</p> : null}
          <p className="mt-6">
            {/* A full load: after a failure of the layout, client navigation cannot be trusted. */}
            <a href="/" className="font-semibold text-brand-800 underline">
              {d.error.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
