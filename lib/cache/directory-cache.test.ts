import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { startups } from "@/db/schema";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";
import { parseSearchParams } from "@/lib/search/params";
import { searchDirectory } from "@/lib/search/search";
import { seedSectors } from "@/lib/sectors";
import { directoryVersion } from "./directory-cache";

describe.each(enginesUnderTest())("directory cache on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("serves a search again from memory, and recomputes it after any change to startups", async () => {
    const db = database.db;
    const slug = await insertStartup(db, profile({ name: "Cache Témoin" }));
    const params = parseSearchParams({ q: "temoin" });
    const first = await searchDirectory(db, params);
    expect(first.total).toBe(1);
    // Same objects: cache hits.
    const again = await searchDirectory(db, params);
    expect(again.items).toBe(first.items);
    expect(again.facets).toBe(first.facets);

    const before = await directoryVersion(db);
    await db.update(startups).set({ status: "unpublished" }).where(eq(startups.slug, slug));
    expect(await directoryVersion(db)).toBeGreaterThan(before);
    expect((await searchDirectory(db, params)).total).toBe(0);
  });

  it("moves the version only when public data changes, never on drafts", async () => {
    const db = database.db;
    // Sectors are written by admins and do bump the version: seed them before measuring.
    await seedSectors(db);
    const before = await directoryVersion(db);
    // Directly, as createStartup does (the fixture re-seeds sectors, which bumps).
    const draftSlug = `brouillon-discret-${Date.now()}`;
    await db.insert(startups).values({ slug: draftSlug, name: "Brouillon Discret", status: "draft" });
    await db.update(startups).set({ name: "Brouillon Discret Renommé" }).where(eq(startups.slug, draftSlug));
    await db.delete(startups).where(eq(startups.slug, draftSlug));
    expect(await directoryVersion(db)).toBe(before);

    const slug = await insertStartup(db, profile({ name: "Publiée Visible" }));
    const published = await directoryVersion(db);
    expect(published).toBeGreaterThan(before);
    // Unpublishing changes public data (the profile leaves); a later edit of the hidden row does not.
    await db.update(startups).set({ status: "unpublished" }).where(eq(startups.slug, slug));
    const unpublished = await directoryVersion(db);
    expect(unpublished).toBeGreaterThan(published);
    await db.update(startups).set({ tagline: "Une accroche que personne ne voit" }).where(eq(startups.slug, slug));
    expect(await directoryVersion(db)).toBe(unpublished);
  });

  it("computes a search's facets once for all its pages and sorts", async () => {
    const db = database.db;
    for (let i = 1; i <= 25; i++) await insertStartup(db, profile({ name: `Pagination Témoin ${String(i).padStart(2, "0")}` }));
    const firstPage = await searchDirectory(db, parseSearchParams({ q: "pagination temoin" }));
    const secondPage = await searchDirectory(db, parseSearchParams({ q: "pagination temoin", page: "2", tri: "nom" }));
    expect(firstPage.total).toBe(25);
    expect(secondPage.facets).toBe(firstPage.facets);
    expect(secondPage.items.map((item) => item.name)).toEqual(["Pagination Témoin 21", "Pagination Témoin 22", "Pagination Témoin 23", "Pagination Témoin 24", "Pagination Témoin 25"]);
    expect(secondPage).toMatchObject({ total: 25, page: 2, pageCount: 2 });
    // Another query, or another filter, has its own facets.
    const filtered = await searchDirectory(db, parseSearchParams({ q: "pagination temoin", metropole: "rouen" }));
    expect(filtered.facets).not.toBe(firstPage.facets);
  });
});
