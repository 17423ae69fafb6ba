// A startup team's side of the revision lifecycle (DESIGN.md §3): create, save a draft, submit,
// withdraw. Each function checks membership itself, so no caller can forget it. The live profile
// is never touched here: only a moderator's approval (lib/moderation) changes it.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { startupMembers, startupRevisions, startups } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { mailTo } from "@/lib/mail/outbox";
import { teamRecipients } from "@/lib/mail/recipients";
import { mailTemplates } from "@/lib/mail/templates";
import { checkRateLimit, consumeRateLimit, formatWait, RATE_LIMITS, recordHit } from "@/lib/rate-limit";
import { listSectors } from "@/lib/sectors";
import { metropolisOf } from "@/lib/territory";
import { assertMember } from "./access";
import { findDuplicates, type DuplicateMatch } from "./duplicates";
import { profileDataSchema, type ProfileData } from "./profile";

export type Actor = { id: string; emailVerified: boolean };

export function slugify(value: string): string {
  return (
    value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "startup"
  );
}

/** Rules that need the server: the commune's territory and existing sectors. */
export async function assertValidProfile(db: Executor, data: ProfileData, _startupId: string | null) {
  profileDataSchema.parse(data);
  if (!metropolisOf(data.communeCode)) {
    throw new DomainError(dictionary().messages.profile.communeOutside, "commune");
  }
  const known = new Set((await listSectors(db)).map((sector) => sector.slug));
  if (!data.sectors.every((slug) => known.has(slug))) throw new DomainError(dictionary().messages.profile.unknownSector, "sectors");
  // A SIREN already in the directory does not stop a draft: submitting it lists the published
  // profile that holds it, with the claim prompt (findDuplicates), and a moderator decides. The
  // live copy's uniqueness is checked at approval (lib/moderation/decisions.ts).
}

async function uniqueSlug(tx: Executor, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.select({ slug: startups.slug }).from(startups).where(sql`${startups.slug} = ${base} or ${startups.slug} like ${`${base}-%`}`)).map(
      (row) => row.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates a startup whose only content is a draft revision; the creator becomes its owner. */
export async function createStartup(db: Db, actor: Actor, data: ProfileData): Promise<{ startupId: string }> {
  await assertValidProfile(db, data, null);
  const limit = await consumeRateLimit(db, RATE_LIMITS.startupCreationUser, `create-startup:user:${actor.id}`);
  if (!limit.allowed) throw new DomainError(dictionary().messages.rateLimit.startupCreation(formatWait(limit.retryAfterSeconds)));
  return db.transaction(async (tx) => {
    const [startup] = await tx
      .insert(startups)
      .values({ slug: await uniqueSlug(tx, data.name), name: data.name, status: "draft" })
      .returning({ id: startups.id });
    await tx.insert(startupMembers).values({ startupId: startup!.id, userId: actor.id, role: "owner" });
    await tx.insert(startupRevisions).values({ startupId: startup!.id, status: "draft", data, authorId: actor.id });
    return { startupId: startup!.id };
  });
}

async function openRevision(db: Executor, startupId: string) {
  const [row] = await db
    .select({ id: startupRevisions.id, status: startupRevisions.status, data: startupRevisions.data, hasLogo: sql<boolean>`${startupRevisions.logo} is not null` })
    .from(startupRevisions)
    .where(and(eq(startupRevisions.startupId, startupId), inArray(startupRevisions.status, ["draft", "pending"])));
  return row ?? null;
}

async function latestRevision(db: Executor, startupId: string) {
  const [row] = await db
    .select({ id: startupRevisions.id, status: startupRevisions.status, data: startupRevisions.data })
    .from(startupRevisions)
    .where(eq(startupRevisions.startupId, startupId))
    .orderBy(desc(startupRevisions.createdAt))
    .limit(1);
  return row ?? null;
}

/** The open draft, created from the latest version (live, rejected or withdrawn) when there is none. */
async function ensureDraft(tx: Executor, actor: Actor, startupId: string, data?: ProfileData) {
  const t = dictionary().messages.revisions;
  const open = await openRevision(tx, startupId);
  if (open?.status === "pending") throw new DomainError(t.pending);
  if (open) return open.id;
  const [live] = await tx.select({ currentRevisionId: startups.currentRevisionId }).from(startups).where(eq(startups.id, startupId));
  const latest = await latestRevision(tx, startupId);
  const [draft] = await tx
    .insert(startupRevisions)
    .values({
      startupId,
      status: "draft",
      data: data ?? latest!.data,
      authorId: actor.id,
      baseRevisionId: live?.currentRevisionId ?? null,
    })
    .returning({ id: startupRevisions.id });
  return draft!.id;
}

/** Saves the profile as the open draft. Editing a published profile opens a new revision. */
export async function saveDraft(db: Db, actor: Actor, startupId: string, data: ProfileData): Promise<void> {
  await assertMember(db, actor.id, startupId);
  await assertValidProfile(db, data, startupId);
  await db.transaction(async (tx) => {
    const draftId = await ensureDraft(tx, actor, startupId, data);
    await tx.update(startupRevisions).set({ data, authorId: actor.id, updatedAt: new Date() }).where(eq(startupRevisions.id, draftId));
  });
}

/** Attaches an already validated and re-encoded logo to the open draft. */
export async function saveDraftLogo(db: Db, actor: Actor, startupId: string, webp: Buffer): Promise<void> {
  await assertMember(db, actor.id, startupId);
  await db.transaction(async (tx) => {
    const draftId = await ensureDraft(tx, actor, startupId);
    await tx.update(startupRevisions).set({ logo: webp, updatedAt: new Date() }).where(eq(startupRevisions.id, draftId));
  });
}

export type SubmitResult = { status: "submitted" } | { status: "duplicates"; duplicates: DuplicateMatch[] };

/**
 * Sends the open draft to moderation. Possible duplicates stop the submission unless the author
 * justifies going on; the justification is shown to moderators.
 */
export async function submitRevision(db: Db, actor: Actor, startupId: string, justification?: string): Promise<SubmitResult> {
  const t = dictionary().messages.revisions;
  await assertMember(db, actor.id, startupId);
  if (!actor.emailVerified) {
    throw new DomainError(t.emailNotVerified);
  }
  const limitKey = `submit:user:${actor.id}`;
  const limit = await checkRateLimit(db, RATE_LIMITS.submissionUser, limitKey);
  if (!limit.allowed) throw new DomainError(dictionary().messages.rateLimit.submissions(formatWait(limit.retryAfterSeconds)));

  const open = await openRevision(db, startupId);
  if (!open) throw new DomainError(t.noDraft);
  if (open.status === "pending") throw new DomainError(t.alreadyPending);
  const data = profileDataSchema.parse(open.data);
  await assertValidProfile(db, data, startupId);

  const duplicates = await findDuplicates(db, data, startupId, { publishedOnly: true });
  const reason = justification?.trim();
  if (duplicates.length > 0 && !reason) return { status: "duplicates", duplicates };

  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(startupRevisions)
      .set({ status: "pending", submittedAt: new Date(), updatedAt: new Date(), duplicateJustification: duplicates.length ? reason : null })
      .where(and(eq(startupRevisions.id, open.id), eq(startupRevisions.status, "draft")))
      .returning({ id: startupRevisions.id });
    if (!updated) throw new DomainError(t.draftChanged);
    await recordHit(tx, limitKey);
    // The whole team hears of it, as it does of the decision (lib/moderation/decisions.ts).
    for (const member of await teamRecipients(tx, startupId)) {
      await mailTo(tx, member, () => mailTemplates.revisionSubmitted({ startupName: data.name }));
    }
  });
  return { status: "submitted" };
}

/** Takes a pending submission back: it is recorded as withdrawn and reopened as a draft. */
export async function withdrawRevision(db: Db, actor: Actor, startupId: string): Promise<void> {
  const t = dictionary().messages.revisions;
  await assertMember(db, actor.id, startupId);
  await db.transaction(async (tx) => {
    const open = await openRevision(tx, startupId);
    if (open?.status !== "pending") throw new DomainError(t.nothingToWithdraw);
    const [withdrawn] = await tx
      .update(startupRevisions)
      .set({ status: "withdrawn", updatedAt: new Date() })
      .where(and(eq(startupRevisions.id, open.id), eq(startupRevisions.status, "pending")))
      .returning({ logo: startupRevisions.logo, baseRevisionId: startupRevisions.baseRevisionId });
    // Decided by a moderator in the meantime: nothing to withdraw any more.
    if (!withdrawn) throw new DomainError(t.decidedMeanwhile);
    await tx.insert(startupRevisions).values({
      startupId,
      status: "draft",
      data: open.data,
      logo: withdrawn.logo,
      authorId: actor.id,
      baseRevisionId: withdrawn.baseRevisionId,
    });
  });
}

/** What the profile form shows: the open revision, else the latest version of any status. */
export async function editableProfile(db: Executor, actor: Actor, startupId: string): Promise<{ data: ProfileData; status: string }> {
  await assertMember(db, actor.id, startupId);
  const revision = (await openRevision(db, startupId)) ?? (await latestRevision(db, startupId));
  if (!revision) throw new NotFoundError();
  return { data: profileDataSchema.parse(revision.data), status: revision.status };
}
