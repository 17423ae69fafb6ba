import type { Metadata } from "next";
import { connection } from "next/server";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.about.title, alternates: { canonical: "/a-propos" } };

// Rendered per request on purpose, without any database work: `npm run bench` uses it as the
// ceiling that the data pages are compared to.
export default async function AboutPage() {
  await connection();
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-900">{fr.about.title}</h1>
      {fr.about.body.map((paragraph) => (
        <p key={paragraph} className="mt-4 leading-relaxed text-slate-800">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
