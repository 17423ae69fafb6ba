import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { ProfileForm } from "@/components/startups/profile-form";
import { requireUser } from "@/lib/auth/session";
import { fr } from "@/lib/i18n/fr";
import { profileFormOptions } from "@/lib/startups/form-options";
import { createStartupAction } from "../actions";

export const metadata: Metadata = { title: fr.space.createTitle, robots: { index: false } };

export default async function NewStartupPage() {
  await requireUser("/espace/nouvelle");
  const { communes, sectors } = await profileFormOptions(await getDb());
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900">{fr.space.createTitle}</h1>
      <p className="mb-6 mt-2 text-slate-700">{fr.space.createIntro}</p>
      <ProfileForm action={createStartupAction} initialValues={{}} communes={communes} sectors={sectors} />
    </div>
  );
}
