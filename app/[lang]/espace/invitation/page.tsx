import { AcceptInvitationForm } from "@/components/startups/space-forms";
import { requireUser } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { acceptInvitationAction } from "../actions";
import { singleParam, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata("/espace/invitation", (d) => ({ title: d.space.invitationTitle, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ jeton?: PageParam }> };

export default async function InvitationPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().space;
  const jeton = singleParam((await searchParams).jeton, 200);
  await requireUser(`/espace/invitation?jeton=${encodeURIComponent(jeton ?? "")}`);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.invitationTitle}</h1>
      <p className="my-4 text-slate-700">{t.invitationIntro}</p>
      <AcceptInvitationForm action={acceptInvitationAction} token={jeton ?? ""} />
    </div>
  );
}
