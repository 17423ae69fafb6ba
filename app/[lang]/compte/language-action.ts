"use server";
// The language preference on /compte: stored on the account (mails are written in it) and in the
// cookie (the home page opens in it), then the same page opens in that language.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { setLanguage } from "@/lib/auth/accounts";
import { config } from "@/lib/config";
import type { FormState } from "@/lib/forms";
import { LANG_COOKIE, LANGS, localePath } from "@/lib/i18n/lang";
import { dictionary, href } from "@/lib/i18n/server";
import { publicUrlIsHttps } from "@/lib/security-headers.js";
import { unlessDatabaseDown } from "@/lib/server-actions";

const languageForm = z.object({ language: z.enum(LANGS) });

export async function setLanguageAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const user = await getCurrentUser();
    if (!user) redirect(href("/compte/connexion?retour=/compte"));
    const parsed = languageForm.safeParse({ language: input.get("language") });
    if (!parsed.success) {
      const d = dictionary();
      return { status: "error", message: d.messages.forms.errorSummary, fieldErrors: { language: [d.account.language.invalid] } };
    }
    await setLanguage(await getDb(), user, parsed.data.language);
    (await cookies()).set(LANG_COOKIE, parsed.data.language, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", secure: publicUrlIsHttps(config()) });
    redirect(`${localePath(parsed.data.language, "/compte")}?etat=langue`);
  });
}
