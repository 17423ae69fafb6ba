// Any URL that no page matches. Without this route, Next answers it with its root not-found,
// outside app/[lang], which knows no language: `/en/nowhere` would get the French page. Here the
// `[lang]` segment has matched, so the 404 renders app/[lang]/not-found.tsx inside the layout of
// its language. More specific routes always win over a catch-all, so no real page is shadowed.
import { notFound } from "next/navigation";
import { enterLang } from "@/lib/i18n/server";

export default async function MissingPage({ params }: { params: Promise<{ lang: string; missing: string[] }> }) {
  await enterLang(params);
  notFound();
}
