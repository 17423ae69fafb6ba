// next-auth 4: email and password (and TOTP code) sign-in, JWT sessions. The JWT only carries the
// user id, the session version and a server-side session id; the session row, role, verification
// and disabled state are re-read from the database on every request (lib/auth/session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { DEFAULT_LANG, isLang } from "@/lib/i18n/lang";
import { dictionaryFor } from "@/lib/i18n/dictionaries";
import { inLang } from "@/lib/i18n/server";
import { authenticate } from "./credentials";
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { authSecret } from "./secret";
import { log } from "@/lib/log";
import { clientIpOf } from "@/lib/client-ip";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  return clientIpOf((name) => headers?.[name]);
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/compte/connexion" },
  providers: [
    CredentialsProvider({
      name: dictionaryFor(DEFAULT_LANG).messages.auth.credentialsProvider,
      // `lang`: the sign-in page's language, so that its messages (wrong password, limits) are in it.
      credentials: { email: { type: "email" }, password: { type: "password" }, totp: { type: "text" }, lang: { type: "text" } },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email.slice(0, 254) : "";
        const password = typeof credentials?.password === "string" ? credentials.password.slice(0, 200) : "";
        const totpCode = typeof credentials?.totp === "string" && credentials.totp !== "" ? credentials.totp.slice(0, 40) : undefined;
        const lang = isLang(credentials?.lang) ? credentials.lang : DEFAULT_LANG;
        const t = dictionaryFor(lang).messages.auth;
        // A control character (a NUL byte makes PostgreSQL fail) is never part of an address.
        if (/[\u0000-\u001f\u007f]/.test(email) || password.includes("\u0000")) throw new Error(t.invalidCredentials);
        let result: Awaited<ReturnType<typeof authenticate>>;
        try {
          const db = await getDb();
          result = await inLang(lang, () => authenticate(db, email, password, clientIp(request?.headers), { totpCode }));
        } catch (error) {
          // next-auth puts a thrown message in the redirect URL: never a database error's text.
          log().error({ err: error }, "auth: sign-in failed unexpectedly");
          throw new Error(t.signInUnavailable);
        }
        // next-auth hands a thrown message to the sign-in form; it never says whether the email exists.
        if (!result.ok) throw new Error(result.message);
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  events: {
    // "Se déconnecter" ends the session on the server too: a copy of the cookie stops working.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(await getDb(), token.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = await createSession(await getDb(), user.id);
      }
      return token;
    },
    async session({ session }) {
      // Expose nothing but what the browser needs to greet the user.
      return { expires: session.expires, user: { name: session.user?.name ?? null, email: session.user?.email ?? null } };
    },
    async redirect({ url, baseUrl }) {
      // Only ever redirect within our own origin.
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        // Fall through.
      }
      return baseUrl;
    },
  },
};
