"use server";
// A member's event proposals: parse (zod) -> authorize -> lib/ (which checks again) -> state.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { eventFormSchema } from "@/lib/events/form";
import { proposeEvent, proposeEventEdit } from "@/lib/events/moderation";
import { typedValues, zodFieldErrors, type FormState, formInput } from "@/lib/forms";
import { formErrorSummary } from "@/lib/form-errors";
import { dictionary, href } from "@/lib/i18n/server";
import { attempt, unlessDatabaseDown } from "@/lib/server-actions";

async function member(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(href("/compte/connexion?retour=/espace/evenements"));
  return user;
}

export async function proposeEventAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await member();
    const values = typedValues(formData);
    const parsed = eventFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    const db = await getDb();
    const refused = await attempt(() => proposeEvent(db, user, parsed.data), values);
    if (refused) return refused;
    revalidatePath("/espace/evenements");
    return { status: "success", message: dictionary().events.space.proposed };
  });
}

export async function editEventAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await member();
    const values = typedValues(formData);
    const eventId = String(formData.get("eventId") ?? "");
    const parsed = eventFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    const db = await getDb();
    const refused = await attempt(() => proposeEventEdit(db, user, eventId, parsed.data), values);
    if (refused) return refused;
    revalidatePath("/espace/evenements");
    redirect(href("/espace/evenements?envoye=1"));
  });
}
