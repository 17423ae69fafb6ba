import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { ProfileForm } from "@/components/startups/profile-form";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { profileFormOptions } from "@/lib/startups/form-options";
import { profileEditPath } from "@/lib/startups/access";
import { profileToFormValues } from "@/lib/startups/profile-form";
import { editableProfile } from "@/lib/startups/revisions";
import { saveDraftAction } from "../../actions";

type Params = { lang: string; id: string };

export const generateMetadata = localizedMetadata<Params>((p) => profileEditPath(p.id), (d) => ({ title: d.space.edit, robots: { index: false } }));

export default async function EditStartupPage({ params }: { params: Promise<Params> }) {
  await enterLang(params);
  const { id } = await params;
  const t = dictionary().space;
  const user = await requireUser(profileEditPath(id));
  const db = await getDb();
  const profile = await editableProfile(db, user, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { communes, sectors } = await profileFormOptions(db);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t.editTitle(profile.data.name)}</h1>
      <p className="text-slate-700">{t.editIntro}</p>
      {profile.status === "pending" ? (
        <Notice tone="info">{t.editPending}</Notice>
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
