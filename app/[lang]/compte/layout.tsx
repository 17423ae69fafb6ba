import { AccountBar } from "@/components/account/account-bar";
import { getCurrentUser } from "@/lib/auth/session";

// Sign-in and sign-up pages are here too: the bar shows only once someone is signed in.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user && <AccountBar user={user} />}
      {children}
    </>
  );
}
