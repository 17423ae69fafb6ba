import NextAuth from "next-auth";
import { CALLBACK_COOKIES, invalidCallbackUrl } from "@/lib/auth/callback-url";
import { refusal } from "@/lib/http/request-guards";
import { dictionary } from "@/lib/i18n/server";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions);

// The sign-in form posts its credentials here. next-auth answers anything else sent to it with a
// 500 ("Callback for provider type credentials not supported"); found by the fuzz test.
const CREDENTIALS_CALLBACK = "/api/auth/callback/credentials";

/** next-auth, except for requests it would answer with a 500: a GET of the credentials callback, a bad callback URL (lib/auth/callback-url.ts). */
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (request.method !== "POST" && new URL(request.url).pathname.replace(/\/+$/, "") === CREDENTIALS_CALLBACK) {
    return refusal(405, dictionary().messages.requests.signInFormOnly, { Allow: "POST" });
  }
  const invalid = invalidCallbackUrl(request);
  if (!invalid) return nextAuth(request, context);
  const response = refusal(400, dictionary().messages.requests.invalidCallbackUrl);
  // A spoiled cookie would refuse every later request: it goes.
  if (invalid === "cookie") for (const name of CALLBACK_COOKIES) response.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return response;
}

export { handler as GET, handler as POST };
