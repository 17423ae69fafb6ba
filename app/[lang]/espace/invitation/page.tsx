import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/startups/space-forms";
import { requireUser } from "@/lib/auth/session";
import { fr } from "@/lib/i18n/fr";
import { acceptInvitationAction } from "../actions";
import { singleParam, type PageParam } from "@/lib/page-params";

export const metadata: Metadata = { title: fr.space.invitationTitle, robots: { index: false } };

export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ jeton?: PageParam }> }) {
  const jeton = singleParam((await searchParams).jeton, 200);
  await requireUser(`/espace/invitation?jeton=${encodeURIComponent(jeton ?? "")}`);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{fr.space.invitationTitle}</h1>
      <p className="my-4 text-slate-700">{fr.space.invitationIntro}</p>
      <AcceptInvitationForm action={acceptInvitationAction} token={jeton ?? ""} />
    </div>
  );
}
