import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { createEventAsStaff, proposeEvent } from "@/lib/events/moderation";
import { eventForm, insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { sitemapCount, sitemapIndexXml, sitemapXml } from "./index";

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

describe.each(enginesUnderTest())("sitemap index on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    for (const name of ["Carte Un", "Carte Deux", "Carte Trois", "Carte Quatre", "Carte Cinq"]) await insertStartup(database.db, profile({ name }));
    await insertStartup(database.db, profile({ name: "Carte Brouillon" }), "draft");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("splits the pages and every published profile over as many sitemaps as needed, each within its limit", async () => {
    const db = database.db;
    // 5 pages + 5 profiles, each in two languages (20 URLs), 4 URLs per sitemap: 5 sitemaps.
    expect(await sitemapCount(db, 4)).toBe(5);
    const all: string[] = [];
    for (let n = 0; n < 5; n++) {
      const text = (await sitemapXml(db, n, 4))!;
      const urls = locs(text);
      expect(urls.length).toBeLessThanOrEqual(4);
      // Each URL names both languages as alternates.
      expect(text.match(/hreflang="fr-FR"/g)?.length).toBe(urls.length);
      expect(text.match(/hreflang="en-GB"/g)?.length).toBe(urls.length);
      all.push(...urls);
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((url) => /\/startups\/carte-/.test(url) && !url.includes("/en/")).length).toBe(5);
    expect(all.filter((url) => url.includes("/en/startups/carte-")).length).toBe(5);
    expect(all.some((url) => url.endsWith("/statistiques"))).toBe(true);
    expect(all.some((url) => url.endsWith("/en/statistiques"))).toBe(true);
    expect(all.join(" ")).not.toContain("brouillon");
    expect(await sitemapXml(db, 5, 4)).toBeNull();
  });

  it("lists one sitemap per slice in the index", async () => {
    const index = await sitemapIndexXml(database.db);
    expect(index).toContain("<sitemapindex");
    expect(locs(index)).toEqual([expect.stringMatching(/\/sitemaps\/0\.xml$/)]);
  });
});

describe.each(enginesUnderTest())("sitemap events on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  const event = (title: string) => eventForm({ title });

  it("lists a staff-created event's page and not a proposal waiting for review", async () => {
    const db = database.db;
    const staff = await insertUser(db, { role: "moderator" });
    const member = await insertUser(db);
    const { slug } = await createEventAsStaff(db, staff, event("Soirée publiée"));
    await proposeEvent(db, member, event("Soirée en attente"));
    const urls = locs((await sitemapXml(db, 0))!);
    expect(urls).toContainEqual(expect.stringMatching(new RegExp(`/evenements/${slug}$`)));
    // Once in each language.
    expect(urls.filter((url) => url.includes("/evenements/"))).toHaveLength(2);
    expect(urls.join(" ")).not.toContain("en-attente");
  });
});
