import { AccountBar } from "@/components/account/account-bar";
import { getCurrentUser } from "@/lib/auth/session";
import { enterLang } from "@/lib/i18n/server";

// Sign-in and sign-up pages are here too: the bar shows only once someone is signed in.
type Props = { children: React.ReactNode; params: Promise<{ lang: string }> };

export default async function AccountLayout({ children, params }: Props) {
  await enterLang(params);
  const user = await getCurrentUser();
  return (
    <>
      {user && <AccountBar user={user} />}
      {children}
    </>
  );
}
