import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { formInput, typedValues, type FormState } from "@/lib/forms";
import { domainErrorState } from "@/lib/form-errors";
import { dictionary, withRequestLang } from "@/lib/i18n/server";

/**
 * Runs a lib/ call for a server action: "not allowed, or not there" becomes the same 404, a
 * domain refusal becomes form state to show. Returns null when the call succeeded.
 */
export async function attempt(work: () => Promise<unknown>, values?: FormState["values"]): Promise<FormState | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return domainErrorState(error, values);
  }
}

/**
 * Runs a whole server action. Whatever the action reads before its lib/ call (the session's user,
 * the sector list) fails too while the database is down, and must answer the French "try again"
 * message with what was typed, not a bare 500 (found by `fault:pg-restart -- --moderation`).
 * Every other error, Next's redirect and notFound included, goes through unchanged.
 */
// Never echoed back: passwords, one-time codes and the reset link's token.
const SECRET_FIELDS = ["password", "confirm", "currentPassword", "code", "totp", "token"] as const;

export async function unlessDatabaseDown(input: unknown, action: () => Promise<FormState>): Promise<FormState> {
  // Every action runs here, so this is where it learns its page's language (lib/i18n/server.ts).
  return withRequestLang(async () => {
    try {
      return await action();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return { status: "error", message: dictionary().messages.forms.unavailable, values: typedValues(formInput(input), SECRET_FIELDS) };
    }
  });
}
