import NextAuth from "next-auth";
import { CALLBACK_COOKIES, invalidCallbackUrl } from "@/lib/auth/callback-url";
import { refusal } from "@/lib/http/request-guards";
import { fr } from "@/lib/i18n/fr";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions);

/** next-auth, except for a callback URL it would answer with a 500 (lib/auth/callback-url.ts). */
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const invalid = invalidCallbackUrl(request);
  if (!invalid) return nextAuth(request, context);
  const response = refusal(400, fr.messages.requests.invalidCallbackUrl);
  // A spoiled cookie would refuse every later request: it goes.
  if (invalid === "cookie") for (const name of CALLBACK_COOKIES) response.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return response;
}

export { handler as GET, handler as POST };
