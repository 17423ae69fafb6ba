import { authSecretFrom, config } from "@/lib/config";

/**
 * The secret that signs session JWTs. Production must set NEXTAUTH_SECRET (32 characters at least,
 * checked at start by lib/config.ts); `next dev` and the tests fall back to a fixed, public value.
 */
export function authSecret(): string | undefined {
  return authSecretFrom(config());
}
