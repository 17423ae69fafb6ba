// Signing in over HTTP as a browser does with next-auth's credentials provider: the CSRF cookie
// and token, then the callback; returns the Cookie header of the session. Staff accounts pass
// their TOTP code (lib/auth/credentials.ts asks for it once the password is right); for the demo
// staff accounts it is computed from their published secret.
import { DEMO_ACCOUNTS } from "@/db/seed";
import { currentTotpCode } from "@/lib/auth/totp";

function cookies(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

function demoTotp(email: string): string {
  const secret = DEMO_ACCOUNTS.find((account) => account.email === email)?.totpSecret;
  return secret ? currentTotpCode(secret) : "";
}

export async function signIn(base: string, email: string, password: string, totp = demoTotp(email), headers: Record<string, string> = {}): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookies(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, totp, json: "true", callbackUrl: `${base}/espace` }),
  });
  const all = [...jar, ...cookies(response)];
  if (!all.some((cookie) => cookie.includes("session-token"))) throw new Error(`Sign-in as ${email} failed (${response.status}).`);
  return all.join("; ");
}
