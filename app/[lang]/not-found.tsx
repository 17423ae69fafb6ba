import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.notFound.title, robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{fr.notFound.title}</h1>
      <p className="mt-4 text-slate-700">{fr.notFound.body}</p>
      <p className="mt-6">
        <Link href="/startups" className="text-brand-700 underline">
          {fr.notFound.back}
        </Link>
      </p>
    </div>
  );
}
