import { eq } from "drizzle-orm";
import { cacheGeneration } from "@/lib/cache/directory-cache";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, emailOutbox, events } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { eventForm, insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { eventFormSchema, formValuesOf } from "./form";
import { eventsCalendar } from "./ical";
import {
  approveEventRevision,
  cancelEvent,
  createEventAsStaff,
  editableEvent,
  proposeEvent,
  proposeEventEdit,
  rejectEventRevision,
} from "./moderation";
import { NO_EVENT_FILTERS, eventFiltersQuery, parseEventFilters } from "./params";
import { eventStatistics, eventsForSitemap, getPublicEvent, listEvents, pastEventYears } from "./public";

/** The VEVENTs of a feed, as read by node-ical (an independent parser). */
function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === "VEVENT");
}

const NOW = new Date("2026-03-01T12:00:00Z");

const form = eventForm;

describe("event form", () => {
  it("turns Paris wall-clock times into instants on both sides of the spring change", () => {
    // Summer time starts on Sunday 29 March 2026 at 02:00 in Paris.
    const before = form({ startDate: "2026-03-28", startTime: "10:00", endDate: "2026-03-28", endTime: "11:00" });
    const after = form({ startDate: "2026-03-29", startTime: "10:00", endDate: "2026-03-29", endTime: "11:00" });
    expect(before.startsAt).toBe("2026-03-28T09:00:00.000Z");
    expect(after.startsAt).toBe("2026-03-29T08:00:00.000Z");
    // An event across the change lasts one hour less on the clock than it seems.
    const across = form({ startDate: "2026-03-28", startTime: "22:00", endDate: "2026-03-29", endTime: "10:00" });
    expect(new Date(across.endsAt).getTime() - new Date(across.startsAt).getTime()).toBe(11 * 3600_000);
  });

  it("stores a whole-day event from midnight to the midnight after its last day, and gives the form back", () => {
    const data = form({ allDay: "on", startDate: "2026-10-24", endDate: "2026-10-25", startTime: "", endTime: "" });
    expect(data.startsAt).toBe("2026-10-23T22:00:00.000Z");
    // Winter time is back on 25 October: the next midnight is at 23:00 UTC.
    expect(data.endsAt).toBe("2026-10-25T23:00:00.000Z");
    expect(formValuesOf(data)).toMatchObject({ startDate: "2026-10-24", endDate: "2026-10-25", allDay: "on" });
  });

  it("refuses bad input with French messages on the right fields", () => {
    const result = eventFormSchema.safeParse({
      title: "x",
      type: "party",
      startDate: "2026-03-28",
      startTime: "25:00",
      endDate: "2026-03-27",
      endTime: "10:00",
      place: "online",
      onlineUrl: "javascript:alert(1)",
      description: "court",
      organiser: "A",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => String(issue.path[0])));
    for (const field of ["title", "type", "onlineUrl", "description", "organiser"]) expect(fields).toContain(field);
  });

  it("keeps one canonical query for equivalent filters", () => {
    const a = parseEventFilters(new URLSearchParams("gratuit=1&metropole=caen&x=1&type=nope"));
    const b = parseEventFilters(new URLSearchParams("metropole=caen&gratuit=1"));
    expect(eventFiltersQuery(a)).toBe("metropole=caen&gratuit=1");
    expect(eventFiltersQuery(a)).toBe(eventFiltersQuery(b));
  });
});

describe.each(enginesUnderTest())("events on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("publishes nothing before approval, then the approved version, and mails the proposer", async () => {
    const db = database.db;
    const member = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const { revisionId } = await proposeEvent(db, member, form({ title: "Hackathon secret" }));
    const all = { ...NO_EVENT_FILTERS };
    const titles = async () => (await listEvents(db, all, NOW)).events.map((event) => event.title);
    expect(await titles()).not.toContain("Hackathon secret");
    expect((await eventsForSitemap(db)).length).toBe(0);
    expect(eventsCalendar((await listEvents(db, all, NOW)).events)).not.toContain("Hackathon secret");
    expect((await eventStatistics(db)).perYear).toEqual([]);

    // A member cannot decide; a moderator can, once.
    await expect(approveEventRevision(db, member, revisionId)).rejects.toBeInstanceOf(NotFoundError);
    const { slug, eventId } = await approveEventRevision(db, moderator, revisionId);
    await expect(approveEventRevision(db, moderator, revisionId)).rejects.toBeInstanceOf(DomainError);
    expect(slug).toBe("hackathon-secret-2026-03-28");
    expect((await getPublicEvent(db, slug))?.title).toBe("Hackathon secret");
    expect(await titles()).toContain("Hackathon secret");
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, member.email));
    expect(mail?.textBody).toContain(`/evenements/${slug}`);
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, eventId));
    expect(audit.map((row) => row.action)).toContain("event.approve");
  });

  it("keeps the live event unchanged while its edit is under review", async () => {
    const db = database.db;
    const member = await insertUser(db);
    const other = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const { revisionId } = await proposeEvent(db, member, form({ title: "Atelier avant" }));
    const { eventId, slug } = await approveEventRevision(db, moderator, revisionId);

    await expect(proposeEventEdit(db, other, eventId, form({ title: "Piratage" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(editableEvent(db, other, eventId)).rejects.toBeInstanceOf(NotFoundError);
    const edit = await proposeEventEdit(db, member, eventId, form({ title: "Atelier après", free: "" }));
    await expect(proposeEventEdit(db, member, eventId, form({ title: "Encore" }))).rejects.toBeInstanceOf(DomainError);
    expect((await getPublicEvent(db, slug))?.title).toBe("Atelier avant");
    expect((await editableEvent(db, member, eventId)).title).toBe("Atelier avant");

    await approveEventRevision(db, moderator, edit.revisionId);
    const live = await getPublicEvent(db, slug);
    expect(live).toMatchObject({ title: "Atelier après", free: false });
  });

  it("rejects with a reason that is mailed and audited, and never publishes", async () => {
    const db = database.db;
    const member = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const { revisionId } = await proposeEvent(db, member, form({ title: "Soirée refusée" }));
    await expect(rejectEventRevision(db, moderator, revisionId, "court")).rejects.toMatchObject({ field: "reason" });
    await rejectEventRevision(db, moderator, revisionId, "Cet événement n’a pas lieu en Normandie.");
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, member.email));
    expect(mail?.textBody).toContain("Cet événement n’a pas lieu en Normandie.");
    expect((await listEvents(db, NO_EVENT_FILTERS, NOW)).events.map((event) => event.title)).not.toContain("Soirée refusée");
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, revisionId));
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(["event.propose", "event.reject"]));
  });

  it("refuses proposals from unverified members and links only published organiser startups", async () => {
    const db = database.db;
    const unverified = await insertUser(db, { verified: false });
    await expect(proposeEvent(db, unverified, form())).rejects.toBeInstanceOf(DomainError);
    const staff = await insertUser(db, { role: "admin" });
    const draft = await insertStartup(db, profile({ name: "Brouillon Caché" }), "draft");
    await expect(createEventAsStaff(db, staff, { ...form(), organiserStartupSlug: draft })).rejects.toMatchObject({ field: "organiserStartup" });
    const published = await insertStartup(db, profile({ name: "Organisatrice Publiée" }));
    const { slug } = await createEventAsStaff(db, staff, { ...form({ title: "Demo day staff" }), organiserStartupSlug: published });
    expect(await getPublicEvent(db, slug)).toMatchObject({ organiserStartupSlug: published, organiserStartupName: "Organisatrice Publiée" });
  });

  it("moves the agenda's page-cache generation when an event ends, not before", async () => {
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    await createEventAsStaff(db, staff, form({ title: "Atelier qui se termine", startDate: "2031-06-12", endDate: "2031-06-12", startTime: "09:00", endTime: "12:00" }));
    const before = await cacheGeneration(db, null, new Date("2031-06-12T09:59:00Z"), true);
    const after = await cacheGeneration(db, null, new Date("2031-06-12T10:01:00Z"), true);
    // The other cached pages do not read it.
    expect((await cacheGeneration(db, null, new Date("2031-06-12T10:01:00Z"))).lastEventEnd).toBeNull();
    // 12:00 in Paris (summer time) is 10:00 UTC.
    expect(before.lastEventEnd).not.toBe(Date.parse("2031-06-12T10:00:00Z"));
    expect(after.lastEventEnd).toBe(Date.parse("2031-06-12T10:00:00Z"));
  });

  it("cancels an event, which stays listed as cancelled and is CANCELLED in the feed, and audits creation and cancellation", async () => {
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    const member = await insertUser(db);
    const { slug, eventId } = await createEventAsStaff(db, staff, form({ title: "Conférence annulée", type: "conference" }));
    await expect(cancelEvent(db, member, eventId)).rejects.toBeInstanceOf(NotFoundError);
    await cancelEvent(db, staff, eventId);
    await expect(cancelEvent(db, staff, eventId)).rejects.toBeInstanceOf(DomainError);
    const listed = (await listEvents(db, { ...NO_EVENT_FILTERS, type: "conference" }, NOW)).events;
    expect(listed.find((event) => event.slug === slug)?.cancelledAt).toBeInstanceOf(Date);
    const vevent = vevents(eventsCalendar(listed)).find((item) => item.uid.startsWith(slug));
    expect(vevent?.status).toBe("CANCELLED");
    // One entry per staff action, by that staff member; the refused attempts left none.
    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId, targetType: auditLog.targetType })
      .from(auditLog)
      .where(eq(auditLog.targetId, eventId));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "event.create", actorId: staff.id, targetType: "event" },
        { action: "event.cancel", actorId: staff.id, targetType: "event" },
      ]),
    );
    expect(audit.filter((row) => row.action === "event.cancel")).toHaveLength(1);
    expect(audit.filter((row) => row.action === "event.create")).toHaveLength(1);
  });

  it("filters by metropolis, type, month and price, and browses past events by year", async () => {
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    await createEventAsStaff(db, staff, form({ title: "Salon Rouen payant", type: "fair", communeCode: "76540", free: "", startDate: "2026-04-10", endDate: "2026-04-11" }));
    await createEventAsStaff(db, staff, form({ title: "Atelier en ligne", type: "workshop", place: "online", onlineUrl: "https://visio.exemple.fr/a", startDate: "2026-05-02", endDate: "2026-05-02" }));
    await createEventAsStaff(db, staff, form({ title: "Meetup 2025", startDate: "2025-06-12", endDate: "2025-06-12" }));
    const titles = async (query: string) => (await listEvents(db, parseEventFilters(new URLSearchParams(query)), NOW)).events.map((event) => event.title);
    expect(await titles("metropole=rouen")).toEqual(["Salon Rouen payant"]);
    expect(await titles("type=workshop")).toEqual(["Atelier en ligne"]);
    expect(await titles("mois=2026-05")).toEqual(["Atelier en ligne"]);
    expect(await titles("gratuit=1")).not.toContain("Salon Rouen payant");
    expect(await titles("")).not.toContain("Meetup 2025");
    expect(await titles("annee=2025")).toEqual(["Meetup 2025"]);
    expect(await pastEventYears(db, NOW)).toEqual([2025]);
    const stats = await eventStatistics(db);
    expect(stats.perYear.find((row) => row.year === 2025)?.count).toBe(1);
    expect(stats.perMetropolis.find((row) => row.place === "online")?.count).toBe(1);
  });

  it("writes a valid iCalendar feed that an independent parser reads back at the right times", async () => {
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    await createEventAsStaff(db, staff, form({ title: "Veille du changement d’heure", startDate: "2026-03-28", startTime: "10:00", endDate: "2026-03-28", endTime: "11:00" }));
    await createEventAsStaff(db, staff, form({ title: "Lendemain du changement d’heure", startDate: "2026-03-29", startTime: "10:00", endDate: "2026-03-29", endTime: "11:00" }));
    await createEventAsStaff(db, staff, form({ title: "Journée entière", allDay: "on", startDate: "2026-10-24", endDate: "2026-10-25" }));
    const text = eventsCalendar((await listEvents(db, NO_EVENT_FILTERS, NOW)).events);

    // RFC 5545 framing: CRLF line ends, folded lines of at most 75 octets, UTC DTSTAMP, a VTIMEZONE.
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
    expect(text.match(/^DTSTAMP:.*$/gm)!.every((line) => /^DTSTAMP:\d{8}T\d{6}Z\r?$/.test(line))).toBe(true);
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20260328T100000");
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20260329T100000");
    expect(text).toContain("DTSTART;VALUE=DATE:20261024");
    expect(text).toContain("DTEND;VALUE=DATE:20261026");

    const parsed = vevents(text);
    const start = (title: string) => {
      const event = parsed.find((item) => String(item.summary) === title);
      return event ? new Date(event.start).toISOString() : null;
    };
    expect(start("Veille du changement d’heure")).toBe("2026-03-28T09:00:00.000Z");
    expect(start("Lendemain du changement d’heure")).toBe("2026-03-29T08:00:00.000Z");
    expect(parsed.length).toBeGreaterThanOrEqual(3);
    expect(parsed.every((item) => typeof item.uid === "string" && item.uid.includes("@"))).toBe(true);
  });

  it("seeds about forty demo events once, past and upcoming, with one proposal left to review", async () => {
    const { seedDemoEvents } = await import("@/db/seed/events");
    const fresh = await openTestDatabase(engine);
    try {
      const staff = await insertUser(fresh.db, { role: "moderator" });
      const member = await insertUser(fresh.db);
      expect(await seedDemoEvents(fresh.db, staff.id, member)).toBe(40);
      expect(await seedDemoEvents(fresh.db, staff.id, member)).toBe(0);
      const upcoming = await listEvents(fresh.db, NO_EVENT_FILTERS, new Date());
      expect(upcoming.total).toBeGreaterThanOrEqual(9);
      expect(upcoming.events.some((event) => event.cancelledAt)).toBe(true);
      expect((await pastEventYears(fresh.db, new Date())).length).toBeGreaterThanOrEqual(2);
    } finally {
      await fresh.close();
    }
  });

  it("serves live events only in the API and CSV, valid against the OpenAPI document", async () => {
    const Ajv2020 = (await import("ajv/dist/2020")).default;
    const addFormats = (await import("ajv-formats")).default;
    const { openApiDocument } = await import("@/lib/api/openapi");
    const { handleEventCsv, handleEventList } = await import("./api");
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi", components: openApiDocument.components } as never);
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    const member = await insertUser(db);
    await createEventAsStaff(db, staff, form({ title: "Api publique", type: "hackathon" }));
    await proposeEvent(db, member, form({ title: "Api en attente", type: "hackathon" }));

    const response = await handleEventList(db, new Request("http://localhost/api/v1/events?type=hackathon&taille=5"), NOW);
    expect(response.status).toBe(200);
    const body = await response.json();
    const check = ajv.getSchema("openapi#/components/schemas/EventList")!;
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    const text = JSON.stringify(body);
    expect(text).toContain("Api publique");
    expect(text).not.toContain("Api en attente");
    expect(text).not.toMatch(/proposer|revision|reviewNote/i);

    const csv = await (await handleEventCsv(db, new Request("http://localhost/api/v1/events.csv?type=hackathon"), NOW)).text();
    expect(csv).toContain("Api publique");
    expect(csv).not.toContain("Api en attente");
    expect((await handleEventList(db, new Request("http://localhost/api/v1/events?type=fete"), NOW)).status).toBe(400);
    expect((await handleEventList(db, new Request("http://localhost/api/v1/events?taille=1000"), NOW)).status).toBe(400);
  });

  it("gives the API lists a new ETag once one of their events has ended, with no write in between", async () => {
    const { handleEventCsv, handleEventList } = await import("./api");
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    // Ends at 14:00 in Paris, 13:00 UTC, on the day of NOW.
    await createEventAsStaff(db, staff, form({ title: "Finit à quatorze heures", startDate: "2026-03-01", startTime: "10:00", endDate: "2026-03-01", endTime: "14:00" }));
    const before = new Date("2026-03-01T12:59:00Z");
    const after = new Date("2026-03-01T13:01:00Z");
    const url = "http://localhost/api/v1/events?taille=100";
    const first = await handleEventList(db, new Request(url), before);
    expect(JSON.stringify(await first.json())).toContain("Finit à quatorze heures");
    const etag = first.headers.get("etag")!;
    expect((await handleEventList(db, new Request(url, { headers: { "if-none-match": etag } }), before)).status).toBe(304);

    const later = await handleEventList(db, new Request(url, { headers: { "if-none-match": etag } }), after);
    expect(later.status).toBe(200);
    expect(later.headers.get("etag")).not.toBe(etag);
    expect(JSON.stringify(await later.json())).not.toContain("Finit à quatorze heures");

    const csvUrl = "http://localhost/api/v1/events.csv";
    const csvTag = (await handleEventCsv(db, new Request(csvUrl), before)).headers.get("etag")!;
    expect((await handleEventCsv(db, new Request(csvUrl, { headers: { "if-none-match": csvTag } }), after)).status).toBe(200);
  });

  it("moves the public cache version on every write to the agenda", async () => {
    const db = database.db;
    const { directoryVersion } = await import("@/lib/cache/directory-cache");
    const staff = await insertUser(db, { role: "moderator" });
    const before = await directoryVersion(db);
    const { eventId } = await createEventAsStaff(db, staff, form({ title: "Version" }));
    const created = await directoryVersion(db);
    expect(created).toBeGreaterThan(before);
    await cancelEvent(db, staff, eventId);
    expect(await directoryVersion(db)).toBeGreaterThan(created);
    expect((await db.select({ id: events.id }).from(events).where(eq(events.id, eventId))).length).toBe(1);
  });
});
