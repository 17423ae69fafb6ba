// What makes an acceptable password (server only: its messages are in the request's language, and
// the common password list, 49k entries from @zxcvbn-ts/language-common, has no place in a bundle).
import { dictionary as commonLists } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { dictionary } from "@/lib/i18n/server";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const passwordLengthSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: () => dictionary().messages.auth.passwordTooShort(PASSWORD_MIN_LENGTH) })
  .max(PASSWORD_MAX_LENGTH, { error: () => dictionary().messages.auth.passwordTooLong(PASSWORD_MAX_LENGTH) });

// A few French favourites that the English-centred list misses.
const FRENCH_COMMON = ["motdepasse", "azertyuiop", "azerty", "soleil", "doudou", "chouchou", "marseille", "normandie", "bonjour"];
let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  return (common ??= new Set([...(commonLists["passwords-common"] as string[]), ...FRENCH_COMMON]));
}

/** True for a listed password, also once trailing digits and symbols are removed ("password2024!"). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  const list = commonPasswords();
  return list.has(lower) || (stem.length >= 4 && list.has(stem)) || /^(.)\1+$/u.test(lower);
}

/** The server-side rule: long enough and not common. */
export const newPasswordSchema = passwordLengthSchema.refine((password) => !isCommonPassword(password), {
  error: () => dictionary().messages.auth.commonPassword,
});
