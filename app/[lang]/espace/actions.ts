"use server";
// The startup space's server actions: parse (zod) -> authorize -> call lib/ -> revalidate ->
// return state. Membership is checked again inside every lib/ function; an id that is not the
// user's own gets the same 404 as one that does not exist.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { unlessDatabaseDown } from "@/lib/server-actions";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { typedValues, zodFieldErrors, type FormState, formInput } from "@/lib/forms";
import { domainErrorState, formErrorSummary } from "@/lib/form-errors";
import { dictionary, href } from "@/lib/i18n/server";
import { deliverNow } from "@/lib/mail/sender";
import { listSectors } from "@/lib/sectors";
import { assertMember, isUuid } from "@/lib/startups/access";
import { requestClaim } from "@/lib/startups/claims";
import { processLogo } from "@/lib/startups/logo";
import { profileFormInput, profileFormSchema } from "@/lib/startups/profile-form";
import { createStartup, saveDraft, saveDraftLogo, submitRevision, withdrawRevision } from "@/lib/startups/revisions";
import { acceptInvitation, cancelInvitation, inviteMember, removeMember } from "@/lib/startups/team";
import { confirmByToken, confirmProfile } from "@/lib/freshness/confirm";
import { communeChoices } from "@/lib/territory";

async function actor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(href("/compte/connexion?retour=/espace"));
  return user;
}

function startupIdFrom(value: unknown): string {
  if (typeof value !== "string" || !isUuid(value)) notFound();
  return value;
}

/** Runs a lib/ call, turning "not yours or not there" into a 404 and domain refusals into state. */
async function run(work: () => Promise<FormState>, values?: FormState["values"]): Promise<FormState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return domainErrorState(error, values);
  }
}

function deliverSoon() {
  after(async () => deliverNow(await getDb()));
}

async function parseProfile(formData: FormData) {
  const db = await getDb();
  const sectors = await listSectors(db);
  return profileFormSchema(dictionary().messages.profile, communeChoices(), sectors.map((sector) => sector.slug)).safeParse(profileFormInput(formData));
}

export async function createStartupAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const values = typedValues(formData);
    const parsed = await parseProfile(formData);
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    let startupId = "";
    const state = await run(async () => {
      startupId = (await createStartup(await getDb(), user, parsed.data)).startupId;
      return { status: "success" };
    }, values);
    if (state.status !== "success") return state;
    revalidatePath("/espace");
    redirect(href(`/espace/${startupId}?etat=enregistre`));
  });
}

export async function saveDraftAction(startupIdInput: string, _: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    const values = typedValues(formData);
    const parsed = await parseProfile(formData);
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    const state = await run(async () => {
      await saveDraft(await getDb(), user, startupId, parsed.data);
      return { status: "success" };
    }, values);
    if (state.status !== "success") return state;
    revalidatePath(`/espace/${startupId}`);
    redirect(href(`/espace/${startupId}?etat=enregistre`));
  });
}

export async function uploadLogoAction(startupIdInput: string, _: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    // Check membership before spending CPU on someone else's upload.
    const refused = await run(async () => {
      await assertMember(await getDb(), user.id, startupId);
      return { status: "idle" };
    });
    if (refused.status !== "idle") return refused;
    const file = formData.get("logo");
    const processed = await processLogo(file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0));
    if (!processed.ok) return { status: "error", fieldErrors: { logo: [processed.error] } };
    return run(async () => {
      await saveDraftLogo(await getDb(), user, startupId, processed.webp);
      revalidatePath(`/espace/${startupId}`);
      return { status: "success", message: dictionary().space.logoSaved };
    });
  });
}

const justification = z.string().trim().max(2000).optional();

export async function submitAction(startupIdInput: string, _: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    const t = dictionary().space;
    const reason = justification.safeParse(formData.get("justification") ?? undefined);
    if (!reason.success || (reason.data !== undefined && reason.data.length > 0 && reason.data.length < 20)) {
      return { status: "error", fieldErrors: { justification: [t.justificationHint] }, values: typedValues(formData) };
    }
    const state = await run(async () => {
      const result = await submitRevision(await getDb(), user, startupId, reason.data);
      if (result.status === "duplicates") {
        return { status: "error", message: t.duplicatesTitle, duplicates: result.duplicates } as FormState;
      }
      deliverSoon();
      return { status: "success", message: t.submitted };
    }, typedValues(formData));
    if (state.status !== "success") return state;
    revalidatePath(`/espace/${startupId}`);
    // The submit form is gone from the page that follows: its notice takes the focus there.
    redirect(href(`/espace/${startupId}?etat=soumise`));
  });
}

export async function withdrawAction(startupIdInput: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    return run(async () => {
      await withdrawRevision(await getDb(), user, startupId);
      revalidatePath(`/espace/${startupId}`);
      return { status: "success", message: dictionary().space.withdrawn };
    });
  });
}

// The message is read at parse time, in the request's language (the schema is built once, at import).
const claimMessage = z.string().trim().min(20, { error: () => dictionary().space.claimHint }).max(2000);

export async function claimAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const t = dictionary().space;
    const targetId = startupIdFrom(formData.get("targetId"));
    const message = claimMessage.safeParse(formData.get("message"));
    if (!message.success) return { status: "error", fieldErrors: { message: [t.claimHint] }, values: typedValues(formData) };
    return run(async () => {
      await requestClaim(await getDb(), user, targetId, message.data);
      return { status: "success", message: t.claimSent };
    });
  });
}

const inviteEmail = z.string().trim().toLowerCase().pipe(z.email({ error: () => dictionary().account.invalidEmail }));

export async function inviteAction(startupIdInput: string, _: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    const email = inviteEmail.safeParse(formData.get("email"));
    if (!email.success) return { status: "error", fieldErrors: { email: [dictionary().account.invalidEmail] }, values: typedValues(formData) };
    return run(async () => {
      await inviteMember(await getDb(), user, startupId, email.data);
      deliverSoon();
      revalidatePath(`/espace/${startupId}`);
      return { status: "success", message: dictionary().space.invited };
    }, typedValues(formData));
  });
}

export async function removeMemberAction(startupIdInput: string, userIdInput: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    const userId = startupIdFrom(userIdInput);
    return run(async () => {
      await removeMember(await getDb(), user, startupId, userId);
      revalidatePath(`/espace/${startupId}`);
      return { status: "success" };
    });
  });
}

export async function cancelInvitationAction(startupIdInput: string, invitationIdInput: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    const invitationId = startupIdFrom(invitationIdInput);
    return run(async () => {
      await cancelInvitation(await getDb(), user, startupId, invitationId);
      revalidatePath(`/espace/${startupId}`);
      return { status: "success" };
    });
  });
}

export async function acceptInvitationAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await actor();
    const token = z.string().min(10).max(200).safeParse(formData.get("token"));
    if (!token.success) return { status: "error", message: dictionary().messages.team.invitationMalformed };
    let startupId = "";
    const state = await run(async () => {
      startupId = await acceptInvitation(await getDb(), user, token.data);
      return { status: "success" };
    });
    if (state.status !== "success") return state;
    redirect(href(`/espace/${startupId}`));
  });
}

/** "Rien n'a changé" from the space, by any member of the team (those who may edit the profile). */
export async function confirmProfileAction(startupIdInput: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await actor();
    const startupId = startupIdFrom(startupIdInput);
    return run(async () => {
      const db = await getDb();
      // Authorized here first (a stranger gets the same 404 as a missing startup), then again in lib/.
      await assertMember(db, user.id, startupId);
      await confirmProfile(db, user, startupId);
      revalidatePath(`/espace/${startupId}`);
      return { status: "success", message: dictionary().freshness.space.confirmed };
    });
  });
}

// base64url of 32 random bytes (lib/auth/tokens): anything else cannot be one of our links.
const reminderToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * "Rien n'a changé" from a reminder: the link opens /espace/confirmer, whose button posts here, so
 * a mail scanner following the link uses nothing up. The token is the authorization: no sign-in.
 */
export async function confirmByLinkAction(_: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const t = dictionary().freshness.link;
    const formData = formInput(input);
    const token = reminderToken.safeParse(formData.get("token"));
    if (!token.success) return { status: "error", message: t.invalid };
    const result = await confirmByToken(await getDb(), token.data);
    switch (result.status) {
      case "confirmed":
        return { status: "success", message: t.confirmed(result.startupName), values: { slug: result.slug } };
      case "already":
        return { status: "success", message: t.already(result.startupName), values: { slug: result.slug } };
      default:
        return { status: "error", message: t[result.status] };
    }
  });
}
