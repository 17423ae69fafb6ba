import { getDb } from "@/db/client";
import { ProfileForm } from "@/components/startups/profile-form";
import { requireUser } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { profileFormOptions } from "@/lib/startups/form-options";
import { createStartupAction } from "../actions";

export const generateMetadata = localizedMetadata("/espace/nouvelle", (d) => ({ title: d.space.createTitle, robots: { index: false } }));

export default async function NewStartupPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const t = dictionary().space;
  await requireUser("/espace/nouvelle");
  const { communes, sectors } = await profileFormOptions(await getDb());
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900">{t.createTitle}</h1>
      <p className="mb-6 mt-2 text-slate-700">{t.createIntro}</p>
      <ProfileForm action={createStartupAction} initialValues={{}} communes={communes} sectors={sectors} />
    </div>
  );
}
