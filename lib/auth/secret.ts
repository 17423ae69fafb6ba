/**
 * The secret that signs session JWTs. Production must set NEXTAUTH_SECRET; development and tests
 * fall back to a fixed, public value so that `npm run dev` works with no configuration.
 */
export function authSecret(): string | undefined {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === "production") return undefined; // next-auth then refuses to start sessions, loudly.
  return "development-only-secret-do-not-use-in-production";
}
