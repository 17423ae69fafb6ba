// Moderation decisions for the fault scripts, as a moderator's browser without JavaScript makes
// them: on /admin/fiches/<slug>, unpublish (with a reason) and republish one demo startup that no
// other worker touches, one decision at a time. Each is an audited transaction (the status change
// and its audit entry together), so after the fault the startup's status must be the "after" of
// its last audit entry, and every decision answered as done must have its entry.
import { and, desc, eq, inArray } from "drizzle-orm";
import { openPglite, openPostgres } from "@/db/client";
import { auditLog, startups } from "@/db/schema";
import { formFields } from "./profile";
import { asksToRetry, randomIp, type Outcome } from "./support";

/** Published in the demo seed, owned by no demo member (db/seed.ts): only this worker changes it. */
export const MODERATED_SLUG = "remploi-bati";

export type ModerationHistory = { answeredDone: number; sent: number };

/** Unpublishes the startup if it is published, republishes it otherwise. */
export async function toggleModeration(base: string, moderatorCookie: string, history: ModerationHistory): Promise<Outcome> {
  const startedAt = performance.now();
  const page = `${base}/admin/fiches/${MODERATED_SLUG}`;
  try {
    const html = await (await fetch(page, { headers: { cookie: moderatorCookie }, signal: AbortSignal.timeout(30_000) })).text();
    const unpublish = html.includes('name="reason"');
    const form = new FormData();
    // The republish form has no field of its own: it is the form whose button says "Republier".
    const fields = unpublish ? formFields(html, "reason") : republishFields(html);
    for (const [name, value] of fields) form.append(name, name === "reason" ? "Dépubliée pendant un test de panne, puis republiée." : value);
    history.sent++;
    const response = await fetch(page, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { cookie: moderatorCookie, "x-forwarded-for": randomIp() },
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    const location = response.headers.get("location") ?? "";
    const ok = response.status >= 300 && response.status < 400 && location.includes(unpublish ? "etat=depubliee" : "etat=republiee");
    if (ok) history.answeredDone++;
    return { ok, status: response.status, ms: performance.now() - startedAt, retryMessage: asksToRetry(body) };
  } catch (error) {
    return { ok: false, status: 0, ms: performance.now() - startedAt, error: error instanceof Error ? error.message : String(error) };
  }
}

function republishFields(html: string): [string, string][] {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((candidate) => />Republier</.test(candidate));
  if (!form) throw new Error(`No unpublish or republish form on /admin/fiches/${MODERATED_SLUG}.`);
  return formFields(form, [...form.matchAll(/name="([^"]+)"/g)][0]![1]!);
}

/**
 * After the fault: `lost` when fewer decisions are in the audit log than were answered as done,
 * `halfWritten` when the startup's status is not what its last audited decision left.
 */
export async function checkModeration(target: { dataDir?: string; url?: string }, history: ModerationHistory): Promise<{ audited: number; lost: number; halfWritten: boolean }> {
  const database = target.url ? await openPostgres(target.url, { max: 1 }) : await openPglite({ dataDir: target.dataDir! });
  try {
    const [startup] = await database.db.select({ id: startups.id, status: startups.status }).from(startups).where(eq(startups.slug, MODERATED_SLUG));
    if (!startup) throw new Error(`${MODERATED_SLUG} is not in the database.`);
    const entries = await database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, startup.id), inArray(auditLog.action, ["startup.unpublish", "startup.republish"])))
      .orderBy(desc(auditLog.id));
    const lastAfter = (entries[0]?.details as { after?: string } | undefined)?.after ?? "published";
    return { audited: entries.length, lost: Math.max(0, history.answeredDone - entries.length), halfWritten: lastAfter !== startup.status };
  } finally {
    await database.close();
  }
}
