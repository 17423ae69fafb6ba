import { AccountBar } from "@/components/account/account-bar";
import { getCurrentUser } from "@/lib/auth/session";
import { enterLang } from "@/lib/i18n/server";

// The pages themselves require a member and redirect; this only says who is signed in.
export default async function SpaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const user = await getCurrentUser();
  return (
    <>
      {user && <AccountBar user={user} />}
      {children}
    </>
  );
}
