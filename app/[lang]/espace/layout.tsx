import { AccountBar } from "@/components/account/account-bar";
import { getCurrentUser } from "@/lib/auth/session";

// The pages themselves require a member and redirect; this only says who is signed in.
export default async function SpaceLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user && <AccountBar user={user} />}
      {children}
    </>
  );
}
