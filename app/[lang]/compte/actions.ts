"use server";
// Account server actions: parse (zod) -> authorize -> call lib/ -> return state.
import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { unlessDatabaseDown } from "@/lib/server-actions";
import { changePassword, requestPasswordReset, resendVerification, resetPassword, signUp, verifyEmail } from "@/lib/auth/accounts";
import { authenticate } from "@/lib/auth/credentials";
import { deleteAccount } from "@/lib/auth/gdpr";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { signInPath } from "@/lib/auth/safe-redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { typedValues, zodFieldErrors, type FormState, formInput } from "@/lib/forms";
import { domainErrorState, formErrorSummary } from "@/lib/form-errors";
import { dictionary, href } from "@/lib/i18n/server";
import { deliverNow } from "@/lib/mail/sender";
import { consumeRateLimit, formatWait, RATE_LIMITS } from "@/lib/rate-limit";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { confirmTotpEnrolment } from "@/lib/auth/totp";
import { requestIp } from "@/lib/request";

// Messages are functions so that each request gets them in its own language.
const invalidEmail = { error: () => dictionary().account.invalidEmail };
const email = z.string().trim().toLowerCase().max(254, invalidEmail).pipe(z.email(invalidEmail));

/** Sends the outbox right after the response rather than on the sender's next tick. */
function deliverSoon() {
  after(async () => deliverNow(await getDb()));
}

const signUpSchema = z
  .object({
    name: z.string().trim().min(1, { error: () => dictionary().account.nameRequired }).max(120),
    email,
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { error: () => dictionary().account.confirmMismatch, path: ["confirm"] });

export async function signUpAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const values = typedValues(formData);
    const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    // Everything that reaches the database in one try: a database that cannot be reached (a restart)
    // gives the French "try again" message with what was typed, not a 500 (domainErrorState).
    try {
      const db = await getDb();
      const key = `signup:ip:${await requestIp()}`;
      const limit = await consumeRateLimit(db, RATE_LIMITS.signUpIp, key);
      if (!limit.allowed) return { status: "error", message: dictionary().messages.rateLimit.signUp(formatWait(limit.retryAfterSeconds)), values };
      // Each sign-up mails the address (a verification, or "you already have an account").
      const perAddress = await consumeRateLimit(db, RATE_LIMITS.signUpEmail, `signup:email:${parsed.data.email}`);
      if (!perAddress.allowed) return { status: "error", message: dictionary().messages.rateLimit.signUpEmail(formatWait(perAddress.retryAfterSeconds)), values };
      await signUp(db, parsed.data);
    } catch (error) {
      return domainErrorState(error, values);
    }
    deliverSoon();
    return { status: "success", values };
  });
}

export async function verifyEmailAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const token = z.string().min(10).max(200).safeParse(formData.get("token"));
    if (!token.success || !(await verifyEmail(await getDb(), token.data))) return { status: "error", message: dictionary().account.verifyFailed };
    return { status: "success", message: dictionary().account.verified };
  });
}

export async function resendVerificationAction(): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await getCurrentUser();
    if (!user) redirect(href(signInPath(href("/compte"))));
    const db = await getDb();
    const limit = await consumeRateLimit(db, RATE_LIMITS.verificationResendUser, `verify-resend:user:${user.id}`);
    if (!limit.allowed) return { status: "error", message: dictionary().messages.rateLimit.verificationResend(formatWait(limit.retryAfterSeconds)) };
    await resendVerification(db, user.id);
    deliverSoon();
    return { status: "success", message: dictionary().account.resent };
  });
}

export async function forgotPasswordAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const values = typedValues(formData);
    const parsed = email.safeParse(formData.get("email"));
    if (!parsed.success) return { status: "error", fieldErrors: { email: [dictionary().account.invalidEmail] }, values };
    const db = await getDb();
    const key = `reset:ip:${await requestIp()}`;
    const limit = await consumeRateLimit(db, RATE_LIMITS.passwordResetIp, key);
    if (!limit.allowed) return { status: "error", message: dictionary().messages.rateLimit.passwordReset(formatWait(limit.retryAfterSeconds)), values };
    const perAddress = await consumeRateLimit(db, RATE_LIMITS.passwordResetEmail, `reset:email:${parsed.data}`);
    if (!perAddress.allowed) return { status: "error", message: dictionary().messages.rateLimit.passwordResetEmail(formatWait(perAddress.retryAfterSeconds)), values };
    await requestPasswordReset(db, parsed.data);
    deliverSoon();
    // The same answer whether or not the address has an account.
    return { status: "success", message: dictionary().account.forgotSent };
  });
}

const newPasswordForm = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((input) => input.password === input.confirm, { error: () => dictionary().account.confirmMismatch, path: ["confirm"] });

export async function resetPasswordAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const parsed = newPasswordForm.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error) };
    const token = z.string().min(10).max(200).safeParse(formData.get("token"));
    if (!token.success) return { status: "error", message: dictionary().account.resetFailed };
    const db = await getDb();
    // Before any token lookup or password hash: guessing tokens or burning CPU costs a hit each time.
    const limit = await consumeRateLimit(db, RATE_LIMITS.resetFormIp, `reset-form:ip:${await requestIp()}`);
    if (!limit.allowed) return { status: "error", message: dictionary().messages.rateLimit.resetForm(formatWait(limit.retryAfterSeconds)) };
    if (!(await resetPassword(db, token.data, parsed.data.password))) {
      return { status: "error", message: dictionary().account.resetFailed };
    }
    deliverSoon();
    redirect(href("/compte/connexion?etat=reinitialise"));
  });
}

export async function changePasswordAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await getCurrentUser();
    if (!user) redirect(href(signInPath(href("/compte"))));
    const parsed = newPasswordForm.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error) };
    const db = await getDb();
    // The current password is checked like a sign-in, with the same rate limits.
    const check = await authenticate(db, user.email, String(formData.get("currentPassword") ?? "").slice(0, 200), await requestIp(), { purpose: "confirm" });
    if (!check.ok) return { status: "error", fieldErrors: { currentPassword: [check.invalidCredentials ? dictionary().account.wrongPassword : check.message] } };
    await changePassword(db, user.id, parsed.data.password);
    deliverSoon();
    redirect(href("/compte/connexion?etat=mot-de-passe-modifie"));
  });
}

export async function deleteAccountAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await getCurrentUser();
    if (!user) redirect(href(signInPath(href("/compte"))));
    const db = await getDb();
    const check = await authenticate(db, user.email, String(formData.get("password") ?? "").slice(0, 200), await requestIp(), { purpose: "confirm" });
    if (!check.ok) return { status: "error", fieldErrors: { deletePassword: [check.invalidCredentials ? dictionary().account.wrongPassword : check.message] } };
    await deleteAccount(db, user.id);
    redirect(href("/compte/connexion?etat=compte-supprime"));
  });
}

export async function signOutEverywhereAction(): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await getCurrentUser();
    if (!user) redirect(href(signInPath(href("/compte"))));
    await revokeAllSessions(await getDb(), user.id, user.id, "sign_out_everywhere");
    redirect(href("/compte/connexion?etat=deconnecte-partout"));
  });
}

export async function confirmTotpAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await getCurrentUser();
    if (!user) redirect(href(signInPath(href("/compte/double-authentification"))));
    const values = typedValues(formData);
    const code = z.string().trim().max(20).safeParse(formData.get("code"));
    if (!code.success) return { status: "error", fieldErrors: { code: [dictionary().messages.auth.invalidTotp] }, values };
    const result = await confirmTotpEnrolment(await getDb(), user.id, code.data);
    if (!result.ok) return { status: "error", fieldErrors: { code: [result.message] }, values };
    // Shown once, by the form, and never stored in clear.
    return { status: "success", message: dictionary().account.totpEnabled, recoveryCodes: result.recoveryCodes };
  });
}
