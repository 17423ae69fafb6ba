"use server";
// Moderation of the agenda. The role is checked here (re-read from the database) and again inside
// each lib/ function's transaction.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { eventFormSchema } from "@/lib/events/form";
import { approveEventRevision, cancelEvent, createEventAsStaff, rejectEventRevision } from "@/lib/events/moderation";
import { typedValues, zodFieldErrors, type FormState, formInput } from "@/lib/forms";
import { formErrorSummary } from "@/lib/form-errors";
import { href } from "@/lib/i18n/server";
import { deliverNow } from "@/lib/mail/sender";
import { attempt, unlessDatabaseDown } from "@/lib/server-actions";
import { isUuid } from "@/lib/startups/access";
import { refuseAccess } from "@/lib/auth/refuse";

async function staff() {
  const user = await getCurrentUser();
  if (!user || (user.role !== "moderator" && user.role !== "admin")) refuseAccess({ userId: user?.id ?? null, need: "staff" });
  return user;
}

function idFrom(formData: FormData, name: string): string {
  const value = formData.get(name);
  if (typeof value !== "string" || !isUuid(value)) notFound();
  return value;
}

function done(state: string): never {
  after(async () => deliverNow(await getDb()));
  revalidatePath("/admin/evenements");
  redirect(href(`/admin/evenements?etat=${state}`));
}

export async function approveEventAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const revisionId = idFrom(formData, "revisionId");
    const db = await getDb();
    const refused = await attempt(() => approveEventRevision(db, user, revisionId));
    if (refused) return refused;
    done("approuve");
  });
}

export async function rejectEventAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const revisionId = idFrom(formData, "revisionId");
    const values = typedValues(formData);
    const db = await getDb();
    const refused = await attempt(() => rejectEventRevision(db, user, revisionId, String(formData.get("reason") ?? "")), values);
    if (refused) return refused;
    done("refuse");
  });
}

export async function cancelEventAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const eventId = idFrom(formData, "eventId");
    const db = await getDb();
    const refused = await attempt(() => cancelEvent(db, user, eventId));
    if (refused) return refused;
    done("annule");
  });
}

export async function createEventAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const values = typedValues(formData);
    const parsed = eventFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    const db = await getDb();
    const refused = await attempt(() => createEventAsStaff(db, user, parsed.data), values);
    if (refused) return refused;
    done("cree");
  });
}
