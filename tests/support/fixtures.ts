// Builders for test data, going through the same code paths as the app where one exists.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { seedSectors } from "@/lib/sectors";
import { writeLiveProfile } from "@/lib/startups/live";
import type { ProfileData } from "@/lib/startups/profile";
import { eventFormSchema, type EventData } from "@/lib/events/form";

export function profile(overrides: Partial<ProfileData> = {}): ProfileData {
  return {
    name: "Startup de test",
    tagline: "Une startup de test pour vérifier la recherche",
    description: "Une description suffisamment longue pour passer la validation du profil public de test.",
    communeCode: "14118",
    sectors: ["services-b2b-saas"],
    foundedYear: 2018,
    teamSize: 4,
    fundsRaisedEur: 0,
    stage: "seed",
    hiring: false,
    website: null,
    linkedinUrl: null,
    twitterUrl: null,
    siren: null,
    ...overrides,
  };
}

type Status = "published" | "draft" | "unpublished";

/** Inserts a startup whose live copy is `data`, in the given status, and returns its slug. */
export async function insertStartup(db: Db, data: ProfileData, status: Status = "published", publishedAt = new Date("2020-01-01")) {
  await seedSectors(db);
  const slug = `${data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(startups)
      .values({ slug, name: data.name })
      .returning({ id: startups.id });
    const [revision] = await tx
      .insert(startupRevisions)
      .values({ startupId: row!.id, status: status === "draft" ? "draft" : "approved", data })
      .returning({ id: startupRevisions.id });
    await writeLiveProfile(tx, row!.id, data, revision!.id, status === "draft" ? undefined : { status, publishedAt });
  });
  return slug;
}

/** A user row, created directly (sign-up itself is tested in lib/auth). */
export async function insertUser(db: Db, overrides: { email?: string; role?: "member" | "moderator" | "admin"; verified?: boolean; name?: string } = {}) {
  const { users } = await import("@/db/schema");
  const { hashPassword } = await import("@/lib/auth/password");
  const email = overrides.email ?? `user-${randomBytes(4).toString("hex")}@exemple.fr`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: overrides.name ?? "Utilisatrice Test",
      role: overrides.role ?? "member",
      passwordHash: await hashPassword(TEST_PASSWORD),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    })
    .returning({ id: users.id, email: users.email });
  return { id: user!.id, email: user!.email, emailVerified: overrides.verified !== false };
}

export const TEST_PASSWORD = "une phrase de passe assez longue";

/** The first link to our site in the newest mail to `to`. */
export async function lastMailLink(db: Db, to: string): Promise<string> {
  const { emailOutbox } = await import("@/db/schema");
  const { desc, eq } = await import("drizzle-orm");
  const [mail] = await db.select({ text: emailOutbox.textBody }).from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.id)).limit(1);
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`No link in the last mail to ${to}`);
  return link;
}

/** A valid event, as the event form gives it once parsed; `overrides` are form fields. */
export function eventForm(overrides: Record<string, string> = {}): EventData {
  const result = eventFormSchema.safeParse({
    title: "Meetup IA à Caen",
    type: "meetup",
    startDate: "2026-03-28",
    startTime: "18:30",
    endDate: "2026-03-28",
    endTime: "21:00",
    place: "commune",
    communeCode: "14118",
    address: "1 rue de la Paix",
    description: "Une soirée de présentations et d’échanges sur l’intelligence artificielle.",
    organiser: "Association Test",
    free: "on",
    ...overrides,
  });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}
