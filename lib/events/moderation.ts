// The agenda's lifecycle. A proposal (new event or edit) is a pending event_revision; only approval
// writes the live `events` row, so an edit under review leaves the live event exactly as it was.
// Every decision runs in one transaction with its audit entry and its mail (outbox).
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { eventRevisions, events, startups, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { mailTo, type Recipient } from "@/lib/mail/outbox";
import { assertModerator, REJECTION_REASON_MIN } from "@/lib/moderation/decisions";
import { isUuid } from "@/lib/startups/access";
import { slugify } from "@/lib/startups/revisions";
import { metropolisOf } from "@/lib/territory";
import { eventDataSchema, type EventData } from "./form";
import { eventDecidedMail } from "./mail";
import { parisDate } from "./time";

export type EventActor = { id: string; emailVerified: boolean };

/** Rules that need the database: the organiser startup must be a published profile. */
async function assertValid(db: Executor, data: EventData): Promise<EventData> {
  const m = dictionary().events.messages;
  const parsed = eventDataSchema.parse(data);
  if (parsed.communeCode && !metropolisOf(parsed.communeCode)) throw new DomainError(m.commune, "communeCode");
  if (parsed.organiserStartupSlug && !(await publishedStartupId(db, parsed.organiserStartupSlug))) {
    throw new DomainError(m.startup, "organiserStartup");
  }
  return parsed;
}

async function publishedStartupId(db: Executor, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: startups.id }).from(startups).where(and(eq(startups.slug, slug), eq(startups.status, "published")));
  return row?.id ?? null;
}

async function assertVerifiedMember(db: Executor, actor: EventActor) {
  const m = dictionary().events.messages;
  const [user] = await db.select({ verified: users.emailVerifiedAt, disabledAt: users.disabledAt }).from(users).where(eq(users.id, actor.id));
  if (!user || user.disabledAt) throw new NotFoundError();
  if (!user.verified) throw new DomainError(m.unverified);
}

/** A verified member proposes a new event; it waits for moderation. */
export async function proposeEvent(db: Db, actor: EventActor, data: EventData): Promise<{ revisionId: string }> {
  return db.transaction(async (tx) => {
    await assertVerifiedMember(tx, actor);
    const valid = await assertValid(tx, data);
    const [revision] = await tx.insert(eventRevisions).values({ data: valid, authorId: actor.id }).returning({ id: eventRevisions.id });
    await appendAudit(tx, { actorId: actor.id, action: "event.propose", targetType: "event_revision", targetId: revision!.id, details: { title: valid.title } });
    return { revisionId: revision!.id };
  });
}

/** The proposer edits their live event: a new pending revision; the live row is untouched. */
export async function proposeEventEdit(db: Db, actor: EventActor, eventId: string, data: EventData): Promise<{ revisionId: string }> {
  const m = dictionary().events.messages;
  if (!isUuid(eventId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    await assertVerifiedMember(tx, actor);
    const [live] = await tx.select({ proposerId: events.proposerId }).from(events).where(eq(events.id, eventId)).for("update");
    if (!live || live.proposerId !== actor.id) throw new NotFoundError();
    const valid = await assertValid(tx, data);
    const [open] = await tx
      .select({ id: eventRevisions.id })
      .from(eventRevisions)
      .where(and(eq(eventRevisions.eventId, eventId), eq(eventRevisions.status, "pending")));
    if (open) throw new DomainError(m.editPending);
    const [revision] = await tx.insert(eventRevisions).values({ eventId, data: valid, authorId: actor.id }).returning({ id: eventRevisions.id });
    await appendAudit(tx, { actorId: actor.id, action: "event.propose_edit", targetType: "event", targetId: eventId, details: { revisionId: revision!.id } });
    return { revisionId: revision!.id };
  });
}

async function uniqueSlug(tx: Executor, data: EventData): Promise<string> {
  const base = `${slugify(data.title).slice(0, 80)}-${parisDate(new Date(data.startsAt))}`;
  const taken = await tx
    .select({ slug: events.slug })
    .from(events)
    .where(sql`${events.slug} = ${base} or ${events.slug} like ${`${base}-%`}`);
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Writes a validated revision into the live row (insert for a new event). Returns id and slug. */
async function writeLive(tx: Executor, revisionId: string, eventId: string | null, data: EventData, proposerId: string | null) {
  const organiserStartupId = data.organiserStartupSlug ? await publishedStartupId(tx, data.organiserStartupSlug) : null;
  const values = {
    title: data.title,
    type: data.type,
    startsAt: new Date(data.startsAt),
    endsAt: new Date(data.endsAt),
    allDay: data.allDay,
    communeCode: data.communeCode,
    metropolis: data.communeCode ? (metropolisOf(data.communeCode) ?? null) : null,
    address: data.address,
    onlineUrl: data.onlineUrl,
    description: data.description,
    organiser: data.organiser,
    organiserStartupId,
    link: data.link,
    free: data.free,
    currentRevisionId: revisionId,
    updatedAt: new Date(),
  };
  if (eventId) {
    const [row] = await tx.update(events).set(values).where(eq(events.id, eventId)).returning({ id: events.id, slug: events.slug });
    if (!row) throw new NotFoundError();
    return row;
  }
  const [row] = await tx
    .insert(events)
    .values({ ...values, slug: await uniqueSlug(tx, data), proposerId })
    .returning({ id: events.id, slug: events.slug });
  return row!;
}

async function lockPending(tx: Executor, revisionId: string) {
  const m = dictionary().events.messages;
  if (!isUuid(revisionId)) throw new NotFoundError();
  const [revision] = await tx
    .select({ id: eventRevisions.id, eventId: eventRevisions.eventId, status: eventRevisions.status, data: eventRevisions.data, authorId: eventRevisions.authorId })
    .from(eventRevisions)
    .where(eq(eventRevisions.id, revisionId))
    .for("update");
  if (!revision) throw new NotFoundError();
  if (revision.status !== "pending") throw new DomainError(m.alreadyDecided);
  return revision;
}

async function authorOf(tx: Executor, authorId: string | null): Promise<Recipient | null> {
  if (!authorId) return null;
  const [row] = await tx.select({ email: users.email, language: users.language }).from(users).where(eq(users.id, authorId));
  return row ?? null;
}

export async function approveEventRevision(db: Db, moderator: { id: string }, revisionId: string): Promise<{ eventId: string; slug: string }> {
  return db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const revision = await lockPending(tx, revisionId);
    const data = await assertValid(tx, eventDataSchema.parse(revision.data));
    const live = await writeLive(tx, revision.id, revision.eventId, data, revision.authorId);
    await tx
      .update(eventRevisions)
      .set({ status: "approved", eventId: live.id, reviewerId: moderator.id, decidedAt: new Date() })
      .where(eq(eventRevisions.id, revision.id));
    await appendAudit(tx, { actorId: moderator.id, action: "event.approve", targetType: "event", targetId: live.id, details: { revisionId, edit: revision.eventId !== null } });
    const author = await authorOf(tx, revision.authorId);
    if (author) await mailTo(tx, author, (link) => eventDecidedMail({ title: data.title, url: link(`/evenements/${live.slug}`), approved: true, reason: null }));
    return { eventId: live.id, slug: live.slug };
  });
}

export async function rejectEventRevision(db: Db, moderator: { id: string }, revisionId: string, reason: string): Promise<void> {
  const m = dictionary().events.messages;
  const note = reason.trim();
  if (note.length < REJECTION_REASON_MIN) throw new DomainError(m.reasonTooShort(REJECTION_REASON_MIN), "reason");
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const revision = await lockPending(tx, revisionId);
    await tx
      .update(eventRevisions)
      .set({ status: "rejected", reviewerId: moderator.id, reviewNote: note, decidedAt: new Date() })
      .where(eq(eventRevisions.id, revision.id));
    await appendAudit(tx, { actorId: moderator.id, action: "event.reject", targetType: "event_revision", targetId: revision.id, details: { eventId: revision.eventId, reason: note } });
    const author = await authorOf(tx, revision.authorId);
    const title = eventDataSchema.shape.title.safeParse((revision.data as { title?: unknown }).title).data ?? "";
    if (author) await mailTo(tx, author, () => eventDecidedMail({ title, url: null, approved: false, reason: note }));
  });
}

/** Staff publish an event directly: the revision is recorded as approved by them, in one step. */
export async function createEventAsStaff(db: Db, staff: { id: string }, data: EventData): Promise<{ eventId: string; slug: string }> {
  return db.transaction(async (tx) => {
    await assertModerator(tx, staff.id);
    const valid = await assertValid(tx, data);
    const [revision] = await tx
      .insert(eventRevisions)
      .values({ data: valid, authorId: staff.id, status: "approved", reviewerId: staff.id, decidedAt: new Date() })
      .returning({ id: eventRevisions.id });
    const live = await writeLive(tx, revision!.id, null, valid, staff.id);
    await tx.update(eventRevisions).set({ eventId: live.id }).where(eq(eventRevisions.id, revision!.id));
    await appendAudit(tx, { actorId: staff.id, action: "event.create", targetType: "event", targetId: live.id, details: { title: valid.title } });
    return { eventId: live.id, slug: live.slug };
  });
}

/** Staff cancel an event: it stays listed, marked "annulé". */
export async function cancelEvent(db: Db, staff: { id: string }, eventId: string): Promise<void> {
  const m = dictionary().events.messages;
  if (!isUuid(eventId)) throw new NotFoundError();
  await db.transaction(async (tx) => {
    await assertModerator(tx, staff.id);
    const [row] = await tx
      .update(events)
      .set({ cancelledAt: new Date(), updatedAt: new Date() })
      .where(and(eq(events.id, eventId), isNull(events.cancelledAt)))
      .returning({ id: events.id });
    if (!row) {
      const [exists] = await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId));
      if (!exists) throw new NotFoundError();
      throw new DomainError(m.alreadyCancelled);
    }
    await appendAudit(tx, { actorId: staff.id, action: "event.cancel", targetType: "event", targetId: eventId });
  });
}

/** The moderation queue, oldest first, with the live title for edits. */
export async function pendingEventRevisions(db: Executor, moderator: { id: string }) {
  await assertModerator(db, moderator.id);
  const rows = await db
    .select({
      id: eventRevisions.id,
      eventId: eventRevisions.eventId,
      data: eventRevisions.data,
      createdAt: eventRevisions.createdAt,
      author: users.email,
      authorName: users.name,
      liveTitle: events.title,
    })
    .from(eventRevisions)
    .leftJoin(users, eq(users.id, eventRevisions.authorId))
    .leftJoin(events, eq(events.id, eventRevisions.eventId))
    .where(eq(eventRevisions.status, "pending"))
    .orderBy(asc(eventRevisions.createdAt));
  return rows.map((row) => ({ ...row, data: eventDataSchema.parse(row.data) }));
}

/** Upcoming and recent live events, for staff to cancel. */
export async function liveEventsForStaff(db: Executor, staff: { id: string }, limit = 100) {
  await assertModerator(db, staff.id);
  return db
    .select({ id: events.id, slug: events.slug, title: events.title, startsAt: events.startsAt, cancelledAt: events.cancelledAt })
    .from(events)
    .where(sql`${events.endsAt} > now() - interval '30 days'`)
    .orderBy(asc(events.startsAt))
    .limit(limit);
}

/** A member's own proposals, newest first, with the reason of a refusal. */
export async function myEventRevisions(db: Executor, actor: { id: string }) {
  const rows = await db
    .select({
      id: eventRevisions.id,
      eventId: eventRevisions.eventId,
      status: eventRevisions.status,
      data: eventRevisions.data,
      reviewNote: eventRevisions.reviewNote,
      createdAt: eventRevisions.createdAt,
      slug: events.slug,
      proposerId: events.proposerId,
    })
    .from(eventRevisions)
    .leftJoin(events, eq(events.id, eventRevisions.eventId))
    .where(eq(eventRevisions.authorId, actor.id))
    .orderBy(desc(eventRevisions.createdAt))
    .limit(200);
  return rows.map((row) => ({ ...row, data: eventDataSchema.parse(row.data) }));
}

/** The live data of an event its proposer may edit, or a 404 for anyone else. */
export async function editableEvent(db: Executor, actor: { id: string }, eventId: string): Promise<EventData> {
  if (!isUuid(eventId)) throw new NotFoundError();
  const [row] = await db
    .select({ proposerId: events.proposerId, data: eventRevisions.data })
    .from(events)
    .innerJoin(eventRevisions, eq(eventRevisions.id, events.currentRevisionId))
    .where(eq(events.id, eventId));
  if (!row || row.proposerId !== actor.id) throw new NotFoundError();
  return eventDataSchema.parse(row.data);
}

/** Published profiles an event can name as its organiser, for the form's list. */
export async function organiserChoices(db: Executor) {
  return db.select({ slug: startups.slug, name: startups.name }).from(startups).where(eq(startups.status, "published")).orderBy(asc(startups.nameSort));
}
