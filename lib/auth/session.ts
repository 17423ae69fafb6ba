// Who is making this request. The JWT names the user; everything that grants access (role,
// disabled, email verified, session version) is re-read from the database, once per request.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { startupMembers, userSessions, users } from "@/db/schema";
import { href } from "@/lib/i18n/server";
import { signInPath } from "./safe-redirect";
import { authSecret } from "./secret";
import { refuseAccess } from "./refuse";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: "member" | "moderator" | "admin";
  emailVerified: boolean;
  totpEnabled: boolean;
  sessionId: string;
};

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const cookieStore = await cookies();
  const headerStore = await headers();
  const token = await getToken({
    req: {
      headers: Object.fromEntries(headerStore.entries()),
      cookies: Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value])),
    } as never,
    secret: authSecret(),
  });
  if (!token || typeof token.uid !== "string" || typeof token.sid !== "string" || !/^[0-9a-f-]{36}$/i.test(token.sid)) return null;
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .innerJoin(userSessions, and(eq(userSessions.userId, users.id), eq(userSessions.id, token.sid), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, new Date())))
    .where(eq(users.id, token.uid));
  // A deleted or disabled account, a revoked session, or one minted before a password change, is
  // signed out.
  if (!user || user.disabledAt || user.sessionVersion !== (token.sv ?? 0)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    totpEnabled: user.totpEnabledAt !== null,
    sessionId: token.sid,
  };
});

/**
 * The signed-in user, or a redirect to the sign-in page that comes back here afterwards. `returnTo`
 * is the page's path without its language prefix: both the sign-in page and the way back are in
 * the language of the page being rendered.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(href(signInPath(href(returnTo))));
  return user;
}

/** For server actions: no redirect, just refuse. */
export async function requireUserForAction(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) refuseAccess({ userId: null, need: "signed_in" });
  return user;
}

/**
 * The member's role in that startup. Anyone else, including for a startup id that does not exist,
 * gets the same 404: an id in a URL or a form reveals nothing.
 */
export async function requireStartupMember(user: CurrentUser, startupId: string): Promise<"owner" | "editor"> {
  if (!/^[0-9a-f-]{36}$/i.test(startupId)) refuseAccess({ userId: user.id, need: "member" });
  const db = await getDb();
  const [membership] = await db
    .select({ role: startupMembers.role })
    .from(startupMembers)
    .where(and(eq(startupMembers.startupId, startupId), eq(startupMembers.userId, user.id)));
  if (!membership) refuseAccess({ userId: user.id, need: "member" });
  return membership.role;
}

/** Staff rights count only once two-factor sign-in is set up. */
export function isStaff(user: CurrentUser | null): user is CurrentUser & { role: "moderator" | "admin" } {
  return !!user && (user.role === "moderator" || user.role === "admin") && user.totpEnabled;
}

/**
 * Moderators and admins only: anonymous users go to sign-in, members get a 404, staff without
 * TOTP go to enrolment first.
 */
export async function requireStaff(returnTo: string): Promise<CurrentUser & { role: "moderator" | "admin" }> {
  const user = await requireUser(returnTo);
  if (user.role !== "moderator" && user.role !== "admin") refuseAccess({ userId: user.id, need: "staff" });
  if (!user.totpEnabled) redirect(href(`/compte/double-authentification?retour=${encodeURIComponent(href(returnTo))}`));
  return user as CurrentUser & { role: "moderator" | "admin" };
}
