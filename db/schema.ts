// The whole data model (DESIGN.md §3). `startups` is the live, public copy;
// every proposed change lives in `startup_revisions` until a moderator approves it.
import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
  bigserial,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const userRole = pgEnum("user_role", ["member", "moderator", "admin"]);
export const startupStatus = pgEnum("startup_status", ["draft", "published", "unpublished"]);
export const revisionStatus = pgEnum("revision_status", ["draft", "pending", "approved", "rejected", "withdrawn"]);
export const memberRole = pgEnum("member_role", ["owner", "editor"]);
export const metropolis = pgEnum("metropolis", ["caen", "le-havre", "rouen"]);
export const stage = pgEnum("startup_stage", ["idea", "prototype", "seed", "series_a", "growth", "mature"]);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const userLanguage = pgEnum("user_language", ["fr", "en"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: varchar("email", { length: 254 }).notNull(),
    name: varchar("name", { length: 120 }),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("member"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    // Bumped on password change: JWTs minted before it are refused.
    sessionVersion: integer("session_version").notNull().default(0),
    // TOTP two-factor: the base32 secret, set at enrolment start; it counts once confirmed (enabled_at).
    totpSecret: varchar("totp_secret", { length: 64 }),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    // The language of the site they signed up in (or chose on /compte): their mails are written in it.
    language: userLanguage("language").notNull().default("fr"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const startups = pgTable(
  "startups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: varchar("slug", { length: 80 }).notNull(),
    status: startupStatus("status").notNull().default("draft"),
    name: varchar("name", { length: 80 }).notNull(),
    tagline: varchar("tagline", { length: 160 }).notNull().default(""),
    description: text("description").notNull().default(""),
    website: varchar("website", { length: 300 }),
    linkedinUrl: varchar("linkedin_url", { length: 300 }),
    twitterUrl: varchar("twitter_url", { length: 300 }),
    communeCode: varchar("commune_code", { length: 5 }),
    metropolis: metropolis("metropolis"),
    foundedYear: smallint("founded_year"),
    teamSize: integer("team_size"),
    fundsRaisedEur: bigint("funds_raised_eur", { mode: "number" }),
    stage: stage("stage"),
    hiring: boolean("hiring").notNull().default(false),
    siren: varchar("siren", { length: 9 }),
    logo: bytea("logo"),
    logoUpdatedAt: timestamp("logo_updated_at", { withTimezone: true }),
    // Denormalised French sector names, kept by the code that writes startup_sectors,
    // so that the generated search vector can include them.
    sectorText: text("sector_text").notNull().default(""),
    // ...and their ids, so that sector filters and facets need no join.
    sectorIds: smallint("sector_ids").array().notNull().default(sql`'{}'::smallint[]`),
    // The approved revision this live copy reflects; decisions check it to detect races.
    currentRevisionId: uuid("current_revision_id"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // "Informations confirmées par la startup le …": the last approval of a revision, or the last
    // explicit "nothing changed" by the team (lib/freshness), whichever is later. Changing only
    // this column moves directory_state.freshness_version, not the directory version (0010).
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // Accent- and case-free name, for sorting by name with an index.
    nameSort: text("name_sort").generatedAlwaysAs((): SQL => sql`f_unaccent(lower(name))`),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('french', f_unaccent(coalesce(name, ''))), 'A')
        || setweight(to_tsvector('french', f_unaccent(coalesce(tagline, ''))), 'B')
        || setweight(to_tsvector('french', f_unaccent(coalesce(sector_text, '') || ' ' || coalesce(description, ''))), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("startups_slug_idx").on(t.slug),
    uniqueIndex("startups_siren_idx").on(t.siren),
    index("startups_search_idx").using("gin", t.search),
    index("startups_name_trgm_idx").using("gin", sql`f_unaccent(lower(${t.name})) gin_trgm_ops`),
    index("startups_sector_ids_idx").using("gin", t.sectorIds),
    index("startups_published_idx").on(t.status, t.metropolis),
    index("startups_published_at_idx").on(t.status, t.publishedAt),
    index("startups_name_sort_idx").on(t.status, t.nameSort),
    index("startups_confirmed_at_idx").on(t.status, t.confirmedAt),
    check("startups_founded_year_range", sql`${t.foundedYear} between 1900 and 2100`),
    check("startups_team_size_range", sql`${t.teamSize} between 1 and 100000`),
    check("startups_funds_range", sql`${t.fundsRaisedEur} >= 0`),
    check("startups_siren_format", sql`${t.siren} ~ '^[0-9]{9}$'`),
    // A published profile must have everything the public page and the statistics rely on.
    check(
      "startups_published_complete",
      sql`${t.status} <> 'published' or (${t.communeCode} is not null and ${t.metropolis} is not null and ${t.publishedAt} is not null)`,
    ),
  ],
);

export const startupMembers = pgTable(
  "startup_members",
  {
    startupId: uuid("startup_id")
      .notNull()
      .references(() => startups.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.startupId, t.userId] }), index("startup_members_user_idx").on(t.userId)],
);

export const startupRevisions = pgTable(
  "startup_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    startupId: uuid("startup_id")
      .notNull()
      .references(() => startups.id, { onDelete: "cascade" }),
    status: revisionStatus("status").notNull().default("draft"),
    // The profile as validated by the profile schema (lib/startups).
    data: jsonb("data").notNull(),
    logo: bytea("logo"),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewNote: text("review_note"),
    // The live revision this one was based on (null for a brand-new startup).
    baseRevisionId: uuid("base_revision_id"),
    // Given when the author submitted despite a possible duplicate.
    duplicateJustification: text("duplicate_justification"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    // At most one open (draft or pending) revision per startup.
    uniqueIndex("startup_revisions_one_open_idx")
      .on(t.startupId)
      .where(sql`${t.status} in ('draft', 'pending')`),
    index("startup_revisions_pending_idx").on(t.status, t.submittedAt),
    index("startup_revisions_startup_idx").on(t.startupId, t.createdAt),
  ],
);

export const sectors = pgTable(
  "sectors",
  {
    id: smallint("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: varchar("slug", { length: 60 }).notNull(),
    nameFr: varchar("name_fr", { length: 80 }).notNull(),
    nameEn: varchar("name_en", { length: 80 }).notNull(),
    position: smallint("position").notNull().default(0),
  },
  (t) => [uniqueIndex("sectors_slug_idx").on(t.slug)],
);

export const startupSectors = pgTable(
  "startup_sectors",
  {
    startupId: uuid("startup_id")
      .notNull()
      .references(() => startups.id, { onDelete: "cascade" }),
    sectorId: smallint("sector_id")
      .notNull()
      .references(() => sectors.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.startupId, t.sectorId] }), index("startup_sectors_sector_idx").on(t.sectorId)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // No foreign key: the log is append-only (a trigger refuses UPDATE and DELETE), so the id and
    // the label written at the time outlive the actor's account.
    actorId: uuid("actor_id"),
    actorLabel: varchar("actor_label", { length: 254 }),
    action: varchar("action", { length: 60 }).notNull(),
    targetType: varchar("target_type", { length: 30 }).notNull(),
    targetId: text("target_id").notNull(),
    details: jsonb("details").notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_actor_idx").on(t.actorId, t.createdAt),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
  ],
);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    toAddress: varchar("to_address", { length: 254 }).notNull(),
    subject: varchar("subject", { length: 200 }).notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.sentAt} is null`)],
);

/**
 * One row whose version is bumped (by a trigger, see migration 0003) on every write to startups or
 * sectors. Caches of public data key on it, so every instance sees a change on its next request.
 */
export const directoryState = pgTable(
  "directory_state",
  {
    id: smallint("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
    // Bumped when only the confirmation date of published profiles changed (migration 0010): the
    // pages that show freshness key on it too, everything else keeps its cache.
    freshnessVersion: bigint("freshness_version", { mode: "number" }).notNull().default(0),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("directory_state_single_row", sql`${t.id} = 1`)],
);

export const userTokenKind = pgEnum("user_token_kind", ["email_verification", "password_reset"]);

/** Single-use links sent by mail. Only a SHA-256 of the token is stored. */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: userTokenKind("kind").notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("user_tokens_hash_idx").on(t.tokenHash), index("user_tokens_user_idx").on(t.userId, t.kind)],
);

/**
 * One row per signed-in browser. The JWT carries the row's id; a session is valid while its row is
 * there and not revoked, so signing out, "everywhere" and disabling an account end it server-side.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** One-time TOTP recovery codes; only a SHA-256 of each is stored (they are random, 50+ bits). */
export const totpRecoveryCodes = pgTable(
  "totp_recovery_codes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: varchar("code_hash", { length: 64 }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("totp_recovery_codes_hash_idx").on(t.userId, t.codeHash)],
);

/** One row per counted event (a failed sign-in, a sign-up…); limits count rows in a sliding window. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    key: varchar("key", { length: 300 }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limit_hits_key_at_idx").on(t.key, t.at)],
);

export const startupInvitations = pgTable(
  "startup_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    startupId: uuid("startup_id")
      .notNull()
      .references(() => startups.id, { onDelete: "cascade" }),
    email: varchar("email", { length: 254 }).notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("startup_invitations_hash_idx").on(t.tokenHash), index("startup_invitations_startup_idx").on(t.startupId)],
);

export const claimStatus = pgEnum("claim_status", ["pending", "approved", "rejected"]);

/** "This is our startup": a request for access to an existing profile, decided by moderators. */
export const claimRequests = pgTable(
  "claim_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    startupId: uuid("startup_id")
      .notNull()
      .references(() => startups.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    status: claimStatus("status").notNull().default("pending"),
    reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewNote: text("review_note"),
    createdAt: createdAt(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("claim_requests_one_pending_idx").on(t.startupId, t.userId).where(sql`${t.status} = 'pending'`),
    index("claim_requests_status_idx").on(t.status, t.createdAt),
  ],
);

export const eventType = pgEnum("event_type", ["meetup", "conference", "workshop", "hackathon", "fair", "demo_day", "other"]);
export const eventRevisionStatus = pgEnum("event_revision_status", ["pending", "approved", "rejected"]);

/**
 * The live, public agenda. A row exists only once a moderator has approved it (or staff created it),
 * so nothing unapproved can be read from here: proposals and edits wait in `event_revisions`.
 * A cancelled event stays listed, marked "annulé".
 */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: varchar("slug", { length: 100 }).notNull(),
    title: varchar("title", { length: 120 }).notNull(),
    type: eventType("type").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    // Exclusive; for a whole-day event, midnight (Paris) after its last day.
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    allDay: boolean("all_day").notNull().default(false),
    // Either a member commune (metropolis derived from it) with an address, or online with a link.
    communeCode: varchar("commune_code", { length: 5 }),
    metropolis: metropolis("metropolis"),
    address: varchar("address", { length: 200 }),
    onlineUrl: varchar("online_url", { length: 300 }),
    description: text("description").notNull(),
    organiser: varchar("organiser", { length: 120 }).notNull(),
    organiserStartupId: uuid("organiser_startup_id").references(() => startups.id, { onDelete: "set null" }),
    link: varchar("link", { length: 300 }),
    free: boolean("free").notNull(),
    proposerId: uuid("proposer_id").references(() => users.id, { onDelete: "set null" }),
    currentRevisionId: uuid("current_revision_id"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("events_slug_idx").on(t.slug),
    index("events_starts_at_idx").on(t.startsAt),
    index("events_metropolis_idx").on(t.metropolis, t.startsAt),
    check("events_end_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("events_place", sql`(${t.communeCode} is not null and ${t.metropolis} is not null) <> (${t.onlineUrl} is not null)`),
  ],
);

/** Every proposed version of an event (a new one, or an edit of a live one), as validated jsonb. */
export const eventRevisions = pgTable(
  "event_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Null for a proposal of a new event; set on approval.
    eventId: uuid("event_id").references(() => events.id, { onDelete: "cascade" }),
    status: eventRevisionStatus("status").notNull().default("pending"),
    data: jsonb("data").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewNote: text("review_note"),
    createdAt: createdAt(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    // At most one edit under review per live event.
    uniqueIndex("event_revisions_one_pending_idx").on(t.eventId).where(sql`${t.status} = 'pending' and ${t.eventId} is not null`),
    index("event_revisions_status_idx").on(t.status, t.createdAt),
    index("event_revisions_author_idx").on(t.authorId, t.createdAt),
  ],
);

export const freshnessReminderKind = pgEnum("freshness_reminder_kind", ["first", "second"]);

/**
 * One row per reminder sent to a startup's team (lib/freshness/reminders): the first 12 months
 * after the last confirmation, the second after 15. `cycle` is the confirmation date the reminder
 * is about, so the unique index means a reminder can never go twice for the same cycle, whatever
 * the number of instances; a new confirmation starts a new cycle.
 */
export const freshnessReminders = pgTable(
  "freshness_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    startupId: uuid("startup_id")
      .notNull()
      .references(() => startups.id, { onDelete: "cascade" }),
    cycle: timestamp("cycle", { withTimezone: true }).notNull(),
    kind: freshnessReminderKind("kind").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("freshness_reminders_cycle_idx").on(t.startupId, t.cycle, t.kind)],
);

/**
 * The "rien n'a changé" links of the reminders: one per member and reminder, single use. Only a
 * SHA-256 of the token is stored, like user_tokens.
 */
export const freshnessTokens = pgTable(
  "freshness_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reminderId: uuid("reminder_id")
      .notNull()
      .references(() => freshnessReminders.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: varchar("token_hash", { length: 64 }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("freshness_tokens_hash_idx").on(t.tokenHash), index("freshness_tokens_reminder_idx").on(t.reminderId)],
);
