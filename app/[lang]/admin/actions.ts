"use server";
// Moderation server actions. The role is checked here (re-read from the database) and again
// inside the lib/ function's transaction.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { getDb } from "@/db/client";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { getCurrentUser, isStaff } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/errors";
import { attempt, unlessDatabaseDown } from "@/lib/server-actions";
import { typedValues, zodFieldErrors, type FormState, formInput } from "@/lib/forms";
import { formErrorSummary } from "@/lib/form-errors";
import { dictionary, href } from "@/lib/i18n/server";
import { editPendingRevision } from "@/lib/moderation/edit";
import { listSectors } from "@/lib/sectors";
import { profileFormInput, profileFormSchema } from "@/lib/startups/profile-form";
import { communeChoices } from "@/lib/territory";
import { deliverNow } from "@/lib/mail/sender";
import { approveRevision, rejectRevision } from "@/lib/moderation/decisions";
import { republishStartup, unpublishStartup } from "@/lib/moderation/publication";
import { decideClaim } from "@/lib/moderation/claims";
import { restoreRevision } from "@/lib/moderation/restore";
import { setDisabled, setRole } from "@/lib/admin/users";
import { addSector, mergeSector, moveSector, renameSector } from "@/lib/admin/sectors";
import { dryRunImport, importChunkSchema, importStartups, type RowReport } from "@/lib/admin/import";
import { z } from "zod";
import { isUuid } from "@/lib/startups/access";
import { refuseAccess } from "@/lib/auth/refuse";

async function staff() {
  const user = await getCurrentUser();
  if (!isStaff(user)) refuseAccess({ userId: user?.id ?? null, need: "staff" });
  return user;
}

async function decide(revisionId: string, work: (moderatorId: string) => Promise<void>, values?: FormState["values"]): Promise<FormState> {
  // A refusal gives the typed reason back, so that the form shows it again.
  const refused = await attempt(async () => {
    const user = await staff();
    if (!isUuid(revisionId)) notFound();
    await work(user.id);
  }, values);
  if (refused) return refused;
  after(async () => deliverNow(await getDb()));
  revalidatePath("/admin");
  redirect(href("/admin?etat=decide"));
}

export async function approveAction(revisionId: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    return decide(revisionId, async (moderatorId) => approveRevision(await getDb(), { id: moderatorId }, revisionId));
  });
}

export async function rejectAction(revisionId: string, _: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const reason = String(formData.get("reason") ?? "").slice(0, 2000);
    return decide(revisionId, async (moderatorId) => rejectRevision(await getDb(), { id: moderatorId }, revisionId, reason), { reason });
  });
}

async function publication(slug: string, work: (moderatorId: string) => Promise<void>, done: "depubliee" | "republiee", values?: FormState["values"]): Promise<FormState> {
  const refused = await attempt(async () => work((await staff()).id), values);
  if (refused) return refused;
  after(async () => deliverNow(await getDb()));
  revalidatePath(`/admin/fiches/${slug}`);
  redirect(href(`/admin/fiches/${encodeURIComponent(slug)}?etat=${done}`));
}

export async function unpublishAction(startupId: string, slug: string, _: FormState, input: FormData): Promise<FormState> {
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const reason = String(formData.get("reason") ?? "").slice(0, 2000);
    return publication(slug, async (id) => unpublishStartup(await getDb(), { id }, startupId, reason), "depubliee", { reason });
  });
}

export async function republishAction(startupId: string, slug: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    return publication(slug, async (id) => republishStartup(await getDb(), { id }, startupId), "republiee");
  });
}

export async function bulkDecideAction(_: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const ids = formData.getAll("revision").filter((id): id is string => typeof id === "string" && isUuid(id));
    const decision = formData.get("decision");
    const reason = String(formData.get("reason") ?? "").slice(0, 2000);
    if (ids.length === 0) return { status: "error", message: t.queue.noSelection };
    if (decision === "reject" && reason.trim().length < 10) {
      return { status: "error", fieldErrors: { reason: [t.queue.reasonTooShort] } };
    }
    const db = await getDb();
    const failures: string[] = [];
    // One decision (one transaction, one audit entry) per revision.
    for (const id of ids) {
      try {
        if (decision === "approve") await approveRevision(db, { id: user.id }, id);
        else await rejectRevision(db, { id: user.id }, id, reason);
      } catch (error) {
        // A refusal (already decided, gone) is reported with the others; anything else, the
        // database going down included, stops the batch (unlessDatabaseDown answers it).
        if (!(error instanceof DomainError || error instanceof NotFoundError)) throw error;
        failures.push(error.message);
      }
    }
    after(async () => deliverNow(await getDb()));
    revalidatePath("/admin");
    const done = ids.length - failures.length;
    return failures.length
      ? { status: "error", message: t.queue.bulkPartial(done, failures.length, failures.join(" ")) }
      : { status: "success", message: t.queue.bulkDone(done) };
  });
}

export async function decideClaimAction(claimId: string, _: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const approve = formData.get("decision") === "approve";
    const refused = await attempt(async () => decideClaim(await getDb(), { id: user.id }, claimId, approve ? { approve: true } : { approve: false, reason: String(formData.get("reason") ?? "") }));
    if (refused) return refused;
    after(async () => deliverNow(await getDb()));
    revalidatePath("/admin/demandes");
    return { status: "success", message: approve ? t.claims.granted : t.claims.refused };
  });
}

export async function restoreAction(revisionId: string, slug: string, _: FormState): Promise<FormState> {
  return unlessDatabaseDown(undefined, async () => {
    const user = await staff();
    const refused = await attempt(async () => restoreRevision(await getDb(), { id: user.id }, revisionId));
    if (refused) return refused;
    revalidatePath(`/admin/fiches/${slug}`);
    redirect(href(`/admin/fiches/${encodeURIComponent(slug)}?etat=restauree`));
  });
}

async function admin() {
  const user = await getCurrentUser();
  if (!isStaff(user) || user.role !== "admin") refuseAccess({ userId: user?.id ?? null, need: "admin" });
  return user;
}

export async function setRoleAction(userId: string, _: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await admin();
    const role = formData.get("role");
    if (role !== "member" && role !== "moderator" && role !== "admin") return { status: "error", message: t.users.unknownRole };
    const refused = await attempt(async () => setRole(await getDb(), { id: user.id }, userId, role));
    if (refused) return refused;
    revalidatePath("/admin/utilisateurs");
    return { status: "success", message: t.users.roleChanged(t.users.roleNames[role]) };
  });
}

export async function setDisabledAction(userId: string, disabled: boolean, _: FormState): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(undefined, async () => {
    const user = await admin();
    const refused = await attempt(async () => setDisabled(await getDb(), { id: user.id }, userId, disabled));
    if (refused) return refused;
    revalidatePath("/admin/utilisateurs");
    return { status: "success", message: disabled ? t.users.accountDisabled : t.users.accountEnabled };
  });
}

export async function moderatorEditAction(revisionId: string, _: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const user = await staff();
    const values = typedValues(formData);
    const sectors = await listSectors(await getDb());
    const parsed = profileFormSchema(dictionary().messages.profile, communeChoices(), sectors.map((sector) => sector.slug)).safeParse(profileFormInput(formData));
    if (!parsed.success) return { status: "error", message: formErrorSummary(), fieldErrors: zodFieldErrors(parsed.error), values };
    const refused = await attempt(async () => editPendingRevision(await getDb(), { id: user.id }, revisionId, parsed.data), values);
    if (refused) return refused;
    revalidatePath(`/admin/revisions/${revisionId}`);
    return { status: "success", message: t.review.corrected, values };
  });
}

async function sectorChange(work: (adminId: string) => Promise<void>, done: string): Promise<FormState> {
  const user = await admin();
  const refused = await attempt(async () => work(user.id));
  if (refused) return refused;
  revalidatePath("/admin/secteurs");
  return { status: "success", message: done };
}

const sectorId = (value: FormDataEntryValue | null) => z.coerce.number().int().positive().parse(value);

export async function addSectorAction(_: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    return sectorChange(async (id) => addSector(await getDb(), { id }, { nameFr: String(formData.get("nameFr") ?? ""), nameEn: String(formData.get("nameEn") ?? "") }), t.sectors.added);
  });
}

export async function renameSectorAction(id: number, _: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    return sectorChange(async (adminId) => renameSector(await getDb(), { id: adminId }, id, { nameFr: String(formData.get("nameFr") ?? ""), nameEn: String(formData.get("nameEn") ?? "") }), t.sectors.renamed);
  });
}

export async function moveSectorAction(id: number, direction: "up" | "down", _: FormState): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(undefined, async () => {
    return sectorChange(async (adminId) => moveSector(await getDb(), { id: adminId }, id, direction), t.sectors.moved);
  });
}

export async function mergeSectorAction(id: number, _: FormState, input: FormData): Promise<FormState> {
  const t = dictionary().admin;
  return unlessDatabaseDown(input, async () => {
    const formData = formInput(input);
    const into = z.coerce.number().int().positive().safeParse(formData.get("into"));
    if (!into.success) return { status: "error", message: t.sectors.noTarget };
    return sectorChange(async (adminId) => mergeSector(await getDb(), { id: adminId }, sectorId(String(id)), into.data), t.sectors.merged);
  });
}

export type ImportChunkResult = { ok: true; imported: number; reports: RowReport[] } | { ok: false; message: string };

/** One chunk of a CSV import (or its dry run); the browser sends the file in chunks to show progress. */
export async function importChunkAction(input: { rows: unknown; firstLine: number; mode: "pending" | "published"; dryRun: boolean }): Promise<ImportChunkResult> {
  try {
    return await importChunk(input);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, message: dictionary().messages.forms.unavailable };
    throw error;
  }
}

async function importChunk(input: { rows: unknown; firstLine: number; mode: "pending" | "published"; dryRun: boolean }): Promise<ImportChunkResult> {
  const t = dictionary().admin;
  const user = await admin();
  const rows = importChunkSchema.safeParse(input.rows);
  const firstLine = z.number().int().min(1).safeParse(input.firstLine);
  if (!rows.success || !firstLine.success || (input.mode !== "pending" && input.mode !== "published")) {
    return { ok: false, message: t.import.invalidChunk };
  }
  const db = await getDb();
  try {
    if (input.dryRun) return { ok: true, imported: 0, reports: await dryRunImport(db, { id: user.id }, rows.data, firstLine.data) };
    const result = await importStartups(db, { id: user.id }, rows.data, firstLine.data, input.mode);
    revalidatePath("/admin");
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
