// The directory page, for one directory version and one search state. It is reached only through
// the rewrite in proxy.ts (the public URL stays `/startups?…`) and cached by Next like a static
// page: see lib/search/page-cache.ts.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@/lib/i18n/fr";
import { searchStateFromKey } from "@/lib/search/page-cache";
import { Directory } from "@/components/search/directory";

export const metadata: Metadata = {
  title: fr.search.title,
  description: fr.site.description,
  alternates: { canonical: "/startups" },
};

// Rendered on first request, then kept: the version in the path makes every entry immutable.
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

export default async function DirectoryPage({ params }: { params: Promise<{ version: string; key: string }> }) {
  const search = searchStateFromKey((await params).key);
  if (!search) notFound();
  return <Directory params={search} />;
}
