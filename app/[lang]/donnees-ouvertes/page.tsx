import { connection } from "next/server";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";

export const generateMetadata = localizedMetadata("/donnees-ouvertes", (d) => ({ title: d.openData.title, description: d.openData.intro }));

// The endpoints below are API and file URLs: the same in both languages, so they stay unprefixed.
export default async function OpenDataPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  await connection();
  const t = dictionary().openData;
  const base = siteUrl();
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="text-slate-800">{t.intro}</p>
      <p className="text-slate-800">
        {t.licence}{" "}
        <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/" rel="noopener" className="text-brand-700 underline">
          {t.licenceName}
        </a>
        .
      </p>
      <section aria-labelledby="points-acces" className="space-y-4">
        <h2 id="points-acces" className="text-2xl font-semibold">
          {t.endpointsTitle}
        </h2>
        <ul className="space-y-4">
          {t.endpoints.map((endpoint) => (
            <li key={endpoint.path} className="rounded-xl border border-slate-200 bg-white p-4">
              <p>
                <a href={endpoint.path} className="font-mono font-semibold text-brand-800 underline">
                  GET {endpoint.path}
                </a>
              </p>
              <p className="mt-1 text-slate-800">{endpoint.description}</p>
              {endpoint.example && (
                <p className="mt-2 text-sm">
                  {t.example}{" "}
                  <a href={endpoint.example} className="break-all font-mono text-brand-700 underline">
                    {endpoint.example}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="exemple-curl" className="space-y-2">
        <h2 id="exemple-curl" className="text-2xl font-semibold">
          {t.curlTitle}
        </h2>
        <pre tabIndex={0} className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-50">
          <code>{`curl "${base}/api/v1/startups?metropole=caen&recrute=1&taille=50"\ncurl -o startups.csv "${base}/api/v1/startups.csv?secteur=ia-data"\ncurl "${base}/api/v1/stats?metropole=rouen"`}</code>
        </pre>
        <p className="text-sm text-slate-700">{t.http}</p>
      </section>
    </article>
  );
}
