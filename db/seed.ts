// Demo data: the sector taxonomy, demo accounts and hand-written startups in every moderation
// state. Idempotent: rows that already exist (by slug or email) are left alone.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "./client";
import { startupMembers, startupRevisions, startups, users } from "./schema";
import { seedDemoEvents } from "./seed/events";
import { DEMO_LOGO_SLUG, demoLogo } from "./seed/logo";
import { seedStartups } from "./seed/startups-data";
import type { SeedStartup } from "./seed/types";
import { seedSectors } from "@/lib/sectors";
import { hashPassword } from "@/lib/auth/password";
import { profileDataSchema, type ProfileData } from "@/lib/startups/profile";
import { writeLiveProfile } from "@/lib/startups/live";
import { addMonths } from "@/lib/freshness/policy";

/**
 * Development-only credentials, printed at seed time and listed in the README. Staff must sign in
 * with TOTP: their known secrets (base32) let a developer add them to an app, and the e2e tests
 * compute the codes.
 */
export const DEMO_ACCOUNTS = [
  { email: "admin@exemple.fr", name: "Alice Admin", role: "admin", password: "demo-admin-2015", totpSecret: "NORMANDYADMINTOTPDEMO234" },
  { email: "moderation@exemple.fr", name: "Marc Modérateur", role: "moderator", password: "demo-moderation-2015", totpSecret: "NORMANDYMODERATIONDEMO23" },
  { email: "camille@exemple.fr", name: "Camille Membre", role: "member", password: "demo-camille-2015", totpSecret: null },
  { email: "yanis@exemple.fr", name: "Yanis Membre", role: "member", password: "demo-yanis-2015", totpSecret: null },
] as const;

/** Which demo member owns which demo startups (everything else is owned by nobody). */
const DEMO_OWNERSHIP: Record<string, string[]> = {
  "camille@exemple.fr": ["neptunia-analytics", "brouillon-secret-labs"],
  "yanis@exemple.fr": ["maree-haute-energie", "cidre-connecte"],
};

/**
 * Demo freshness (lib/freshness): a few profiles confirmed long enough ago to be due for the first
 * reminder (Neptunia's team gets it), the second, or to show "à vérifier"; months before the seed.
 */
export const DEMO_CONFIRMATION_MONTHS: Record<string, number> = {
  "neptunia-analytics": 13,
  kinesens: 16,
  "graines-du-bocage": 19,
  "quittance-marine": 22,
};

/** Every other profile was confirmed within the last ten months (a spread derived from its slug), never before its publication. */
function demoConfirmedAt(startup: SeedStartup, publishedAt: Date, now: Date): Date {
  const months = DEMO_CONFIRMATION_MONTHS[startup.slug];
  if (months !== undefined) return addMonths(now, -months);
  const days = [...startup.slug].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 300;
  return new Date(Math.max(publishedAt.getTime(), now.getTime() - days * 86_400_000));
}

type Log = (line: string) => void;

export function seedProfile(startup: SeedStartup): ProfileData {
  return profileDataSchema.parse({
    name: startup.name,
    tagline: startup.tagline,
    description: startup.description,
    communeCode: startup.communeCode,
    sectors: startup.sectors,
    foundedYear: startup.foundedYear,
    teamSize: startup.teamSize,
    fundsRaisedEur: startup.fundsRaisedEur,
    stage: startup.stage,
    hiring: startup.hiring,
    website: startup.website,
    linkedinUrl: startup.linkedin,
    twitterUrl: startup.twitter,
    siren: startup.siren,
  });
}

/** Inserts one startup with its revision history so that it sits in the given moderation state. */
export async function insertSeedStartup(tx: Tx, startup: SeedStartup, reviewerId: string | null, ownerId?: string) {
  const data = seedProfile(startup);
  const live = startup.status === "published" || startup.status === "unpublished" ? startup.status : null;
  const publishedAt = startup.publishedAt ? new Date(startup.publishedAt) : null;
  const [row] = await tx
    .insert(startups)
    .values({
      slug: startup.slug,
      name: data.name,
      createdAt: publishedAt ?? new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: startups.id });
  if (!row) return false; // Already seeded.

  const revisionStatus = live ? "approved" : (startup.status as "draft" | "pending" | "rejected");
  const submitted = startup.status !== "draft";
  const decided = live || startup.status === "rejected";
  const [revision] = await tx
    .insert(startupRevisions)
    .values({
      startupId: row.id,
      status: revisionStatus,
      data,
      authorId: ownerId ?? null,
      reviewerId: decided ? reviewerId : null,
      reviewNote:
        startup.status === "rejected"
          ? "Le descriptif ne permet pas de comprendre le produit : précisez votre offre et vos clients."
          : null,
      submittedAt: submitted ? (publishedAt ?? new Date()) : null,
      decidedAt: decided ? (publishedAt ?? new Date()) : null,
    })
    .returning({ id: startupRevisions.id });
  // Never-published startups keep their profile in the revision only; the live row holds just
  // the name and slug until an approval copies the rest.
  if (live) {
    await writeLiveProfile(tx, row.id, data, revision!.id, { status: live, publishedAt: publishedAt! }, demoConfirmedAt(startup, publishedAt!, new Date()));
  }
  if (ownerId) await tx.insert(startupMembers).values({ startupId: row.id, userId: ownerId, role: "owner" });
  if (live && startup.slug === DEMO_LOGO_SLUG) {
    // As an approval leaves it: the logo on the approved revision and on the live row.
    const logo = await demoLogo();
    await tx.update(startupRevisions).set({ logo }).where(eq(startupRevisions.id, revision!.id));
    await tx.update(startups).set({ logo, logoUpdatedAt: publishedAt }).where(eq(startups.id, row.id));
  }
  return true;
}

export async function seedDemo(db: Db, options: { log?: Log; printAccounts?: boolean } = {}) {
  const log = options.log ?? (() => {});
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((account) => hashPassword(account.password)));
  // Encoded before the transaction, which PGlite serialises every request behind.
  await demoLogo();

  const userIds = new Map<string, string>();
  await db.transaction(async (tx) => {
    // Instances starting at once with DEMO_DATA=1 seed one after the other, not interleaved.
    await tx.execute(sql`select pg_advisory_xact_lock(7401536216)`);
    await seedSectors(tx);
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash: hashes[index],
          emailVerifiedAt: new Date(),
          totpSecret: account.totpSecret,
          totpEnabledAt: account.totpSecret ? new Date() : null,
        })
        .onConflictDoNothing();
      const [user] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${account.email}`);
      userIds.set(account.email, user!.id);
    }
    const ownerBySlug = new Map<string, string>();
    for (const [email, slugs] of Object.entries(DEMO_OWNERSHIP)) {
      for (const slug of slugs) ownerBySlug.set(slug, userIds.get(email)!);
    }
    let inserted = 0;
    for (const startup of seedStartups) {
      if (await insertSeedStartup(tx, startup, userIds.get("moderation@exemple.fr")!, ownerBySlug.get(startup.slug))) inserted++;
    }
    log(`${inserted} demo startups inserted (${seedStartups.length - inserted} already there).`);
  });

  const eventsInserted = await seedDemoEvents(db, userIds.get("moderation@exemple.fr")!, { id: userIds.get("camille@exemple.fr")!, emailVerified: true });
  log(`${eventsInserted} demo events inserted.`);

  if (options.printAccounts === false) return;
  log("Demo accounts (development only):");
  for (const account of DEMO_ACCOUNTS) {
    log(`  ${account.role.padEnd(9)} ${account.email.padEnd(24)} ${account.password.padEnd(22)} ${account.totpSecret ? `TOTP ${account.totpSecret}` : ""}`.trimEnd());
  }
}
