import { connection } from "next/server";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";

export const generateMetadata = localizedMetadata("/a-propos", (d) => ({ title: d.about.title }));

// Rendered per request on purpose, without any database work: `npm run bench` uses it as the
// ceiling that the data pages are compared to.
export default async function AboutPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  await connection();
  const t = dictionary().about;
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      {t.body.map((paragraph) => (
        <p key={paragraph} className="mt-4 leading-relaxed text-slate-800">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
