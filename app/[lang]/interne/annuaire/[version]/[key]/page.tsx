// The directory page (public URL `/startups?…`), for one directory version and one search state.
// Reached only through the rewrite in proxy.ts and cached like a static page: see
// lib/cache/page-cache.ts.
import { notFound } from "next/navigation";
import { enterLang, localizedMetadata } from "@/lib/i18n/server";
import { DIRECTORY_PAGE, stateFromKey } from "@/lib/cache/page-cache";
import { getDb } from "@/db/client";
import { parseSearchParams, rawParams } from "@/lib/search/params";
import { searchDirectory } from "@/lib/search/search";
import { listSectors } from "@/lib/sectors";
import { Directory } from "@/components/search/directory";

// The canonical is the public path without the query, as before, in the page's language.
export const generateMetadata = localizedMetadata("/startups", (d) => ({ title: d.search.title, description: d.site.description }));

// Rendered on first request, then kept: the version in the path makes every entry immutable.
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

export default async function DirectoryPage({ params }: { params: Promise<{ lang: string; version: string; key: string }> }) {
  await enterLang(params);
  const state = stateFromKey(DIRECTORY_PAGE, (await params).key);
  if (state === null) notFound();
  const search = parseSearchParams(rawParams(new URLSearchParams(state)));
  const db = await getDb();
  const [result, sectors] = await Promise.all([searchDirectory(db, search), listSectors(db)]);
  return <Directory params={search} result={result} sectors={sectors} />;
}
