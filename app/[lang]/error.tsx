"use client";
// Unexpected failures land here with a generic message and the error's digest; the server log
// has the same digest with the route and the stack (instrumentation.ts onRequestError).
import { useLang } from "@/lib/i18n/use-lang";
import { errorWords } from "@/lib/i18n/error-words";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = errorWords(useLang());
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-4 text-slate-700">{t.body}</p>
      {error.digest ? <p className="mt-2 text-sm break-all text-slate-600">{t.reference(error.digest)}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
