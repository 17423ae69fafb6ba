import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { ProfileForm } from "@/components/startups/profile-form";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { profileFormOptions } from "@/lib/startups/form-options";
import { profileEditPath } from "@/lib/startups/access";
import { profileToFormValues } from "@/lib/startups/profile-form";
import { editableProfile } from "@/lib/startups/revisions";
import { saveDraftAction } from "../../actions";

export const metadata: Metadata = { title: fr.space.edit, robots: { index: false } };

export default async function EditStartupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(profileEditPath(id));
  const db = await getDb();
  const profile = await editableProfile(db, user, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { communes, sectors } = await profileFormOptions(db);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{fr.space.editTitle(profile.data.name)}</h1>
      <p className="text-slate-700">{fr.space.editIntro}</p>
      {profile.status === "pending" ? (
        <Notice tone="info">{fr.space.editPending}</Notice>
      ) : (
        <ProfileForm
          action={saveDraftAction.bind(null, id)}
          initialValues={profileToFormValues(profile.data, communes)}
          communes={communes}
          sectors={sectors}
        />
      )}
    </div>
  );
}
