import type { Metadata } from "next";
import Link from "next/link";
import { dictionary, enterLang, href } from "@/lib/i18n/server";

// Next passes the segment's params to a not-found file's generateMetadata (not to its component).
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  await enterLang(params);
  return { title: dictionary().notFound.title, robots: { index: false } };
}

// No props here: the language is the one the layout and the page that called notFound() (or the
// catch-all app/[lang]/[...missing]) recorded with enterLang for this render.
export default function NotFound() {
  const t = dictionary().notFound;
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-4 text-slate-700">{t.body}</p>
      <p className="mt-6">
        <Link href={href("/startups")} className="text-brand-700 underline">
          {t.back}
        </Link>
      </p>
    </div>
  );
}
