import path from "node:path";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

// Each map page is rendered on its first request (then cached): give a loaded machine time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const COMMUNES = 173;

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The results heading the directory shows for the count in a commune's accessible name
 * ("Caen, Caen la Mer : 4 startups" -> "4 startups"; "aucune startup" -> "Aucune startup").
 */
function headingFor(label: string): RegExp {
  const value = label.split(" : ")[1]!.replace(/ \(commune choisie\)$/, "");
  return new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i");
}

test("the statistics page maps every commune, with legend, credits, a sortable table, and passes axe", async ({ page }) => {
  await page.goto("/statistiques");
  const map = page.locator("svg[data-map=carte-statistiques]");
  await expect(map).toBeVisible();
  await expect(map.getByRole("link")).toHaveCount(COMMUNES);
  await expect(map.getByRole("link", { name: /^Hérouville-Saint-Clair, Caen la Mer : (aucune startup|\d+ startups?)$/ })).toHaveCount(1);
  await expect(page.getByTestId("map-legend").first()).toContainText("Aucune");
  await expect(page.getByTestId("map-credits").first()).toContainText("IGN – ADMIN EXPRESS COG 2018");
  // The census date of the populations (lib/territory POPULATION_REFERENCE), not the package's year.
  await expect(page.getByTestId("map-credits").first()).toContainText(
    "population municipale au 1er janvier 2023 : INSEE (populations de référence 2023), via @etalab/decoupage-administratif",
  );
  await expect(page.getByTestId("map-credits").first()).toContainText("Sannerville");
  const table = page.getByTestId("commune-table");
  await expect(table.locator("tbody tr")).toHaveCount(COMMUNES);
  // Sorting is a link: by name, the first row is the first commune in French order.
  await page.getByRole("link", { name: "Trier par commune" }).click();
  await expect(page).toHaveURL(/\/statistiques\?tri=commune#communes$/);
  await expect(table.locator("tbody th").first()).toHaveText("Amfreville-la-Mi-Voie");
  await page.getByRole("link", { name: "Startups pour 10 000 habitants" }).click();
  await expect(page).toHaveURL(/carte=taux&tri=commune/);
  // Rates per 10,000 inhabitants have a decimal: the legend's bounds show it.
  await expect(page.getByTestId("map-legend").first()).toContainText(/\d,\d à \d/);
  await expectAccessible(page);

  await page.goto("/statistiques?metropole=rouen");
  await expect(page.locator("svg[data-map=carte-statistiques]").getByRole("link")).toHaveCount(71);
});

test("a commune on the statistics map opens the directory filtered on it, with the same count", async ({ page }) => {
  await page.goto("/statistiques");
  const caen = page.locator("svg[data-map=carte-statistiques] a[data-commune='14118']");
  const label = (await caen.getAttribute("aria-label"))!;
  expect(label).toMatch(/^Caen, Caen la Mer : /);
  await caen.click();
  await expect(page).toHaveURL(/\/startups\?commune=14118&vue=carte$/);
  await expect(page.getByRole("heading", { level: 2, name: headingFor(label) })).toBeVisible();
});

test("choosing a commune on the directory's map filters the results without a reload, and choosing it again drops the filter", async ({ page }) => {
  await page.goto("/startups?vue=carte");
  const map = page.locator("svg[data-map=carte-annuaire]");
  await expect(map.getByRole("link")).toHaveCount(COMMUNES);
  await expectAccessible(page);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const commune = map.locator("a[data-commune='14118']");
  const expected = headingFor((await commune.getAttribute("aria-label"))!);
  await commune.click();
  await expect(page).toHaveURL(/\/startups\?commune=14118&vue=carte$/);
  await expect(page.getByRole("heading", { level: 2, name: expected })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Commune" })).toHaveValue("14118");
  await expect(map.locator("a[data-commune='14118']")).toHaveAttribute("aria-label", /\(commune choisie\)$/);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  // A new search keeps the map view.
  await map.locator("a[data-commune='14118']").click();
  await expect(page).toHaveURL(/\/startups\?vue=carte$/);
  await expect(page.getByRole("combobox", { name: "Commune" })).toHaveValue("");
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test("the directory's map works without JavaScript, as links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/startups?vue=carte&metropole=le-havre");
  const map = page.locator("svg[data-map=carte-annuaire]");
  await expect(map.getByRole("link")).toHaveCount(54);
  const commune = map.locator("a[data-commune='76351']");
  const expected = headingFor((await commune.getAttribute("aria-label"))!);
  await commune.click();
  await expect(page).toHaveURL(/\/startups\?metropole=le-havre&commune=76351&vue=carte$/);
  await expect(page.getByRole("heading", { level: 2, name: expected })).toBeVisible();
  await context.close();
});

test("the directory map's commune table sorts by a link per column, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/startups?vue=carte");
  const section = page.getByTestId("directory-map");
  const rows = section.getByTestId("commune-table").locator("tbody tr");
  await section.getByText("Voir le tableau des communes").click();
  await section.getByRole("link", { name: "Trier par commune" }).click();
  await expect(page).toHaveURL(/\/startups\?vue=carte&tri_communes=commune#tableau-communes$/);
  // After the reload the table is open, its rows in French alphabetical order.
  await expect(rows.first()).toBeVisible();
  const names = await rows.locator("th").allInnerTexts();
  expect(names.length).toBeGreaterThan(1);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
  await section.getByRole("link", { name: "Trier par métropole" }).click();
  await expect(page).toHaveURL(/\/startups\?vue=carte&tri_communes=metropole#tableau-communes$/);
  await expect(rows.first()).toBeVisible();
  const metropolises = await rows.locator("td:nth-child(2)").allInnerTexts();
  expect(metropolises).toEqual([...metropolises].sort((a, b) => a.localeCompare(b, "fr")));
  await context.close();
});

test("keyboard focus moves from commune to commune, with a visible focus", async ({ page }) => {
  await page.goto("/startups?vue=carte");
  const links = page.locator("svg[data-map=carte-annuaire] a[data-commune]");
  await links.first().focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-commune"));
  await page.keyboard.press("Tab");
  const second = await page.evaluate(() => document.activeElement?.getAttribute("data-commune"));
  expect(first).toMatch(/^\d[\dAB]\d{3}$/);
  expect(second).toMatch(/^\d[\dAB]\d{3}$/);
  expect(second).not.toBe(first);
  // The focused commune is outlined, and its details show under the map.
  const focused = page.locator(`svg[data-map=carte-annuaire] a[data-commune='${second}']`);
  expect(await focused.locator("path, circle").first().evaluate((shape) => getComputedStyle(shape).strokeWidth)).toBe("3px");
  await expect(focused.locator("text")).toBeVisible();
});

test("a profile shows its commune on a small map", async ({ page }) => {
  await page.goto("/startups/neptunia-analytics");
  const map = page.getByTestId("profile-map");
  await expect(map.locator("svg[role=img]")).toHaveAccessibleName(/^Localisation : .+, .+$/);
  await expect(map.locator("[data-selected]")).toHaveCount(1);
  await expect(map.getByTestId("map-credits")).toContainText("IGN");
  await expectAccessible(page);
});

test("the maps read at 360 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const url of ["/statistiques", "/startups?vue=carte", "/startups/neptunia-analytics"]) {
    await page.goto(url);
    await expect(page.locator("svg[data-map]").first()).toBeVisible();
    const box = (await page.locator("svg[data-map]").first().boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.width).toBeGreaterThan(250);
    await expectNoSidewaysScroll(page);
  }
});

test("the open data API serves the outlines and the per-commune series", async ({ request }) => {
  const topology = await (await request.get("/api/v1/territoire.topojson")).json();
  expect(topology.type).toBe("Topology");
  expect(topology.objects.communes.geometries).toHaveLength(COMMUNES);
  expect(topology.metadata.licence).toBe("Licence Ouverte / Etalab 2.0");
  const stats = await (await request.get("/api/v1/stats?metropole=caen")).json();
  expect(stats.data.byCommune).toHaveLength(48);
  expect(stats.data.byCommune.find((row: { code: string }) => row.code === "14118")).toMatchObject({ name: "Caen", metropolis: "caen" });
});

for (const width of [1280, 360]) {
  test(`the statistics map matches its reference drawing at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/statistiques");
    await expect(page.locator("svg[data-map=carte-statistiques] a")).toHaveCount(COMMUNES);
    await expect(page.locator("svg[data-map=carte-statistiques]")).toHaveScreenshot(`statistics-map-${width}.png`, {
      stylePath: path.join(import.meta.dirname, "map-screenshot.css"),
      maxDiffPixelRatio: 0.01,
      animations: "disabled",
    });
  });
}

/** The JavaScript files a page loads (its <script src>), with their size in bytes. */
async function scriptsOf(request: APIRequestContext, pagePath: string): Promise<Map<string, number>> {
  const html = await (await request.get(pagePath)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&"));
  const sizes = new Map<string, number>();
  for (const source of sources) sizes.set(source, (await (await request.get(source)).body()).length);
  return sizes;
}

test("the directory's map view adds no more than 30 kB of JavaScript to the page (the maps are server-rendered SVG)", async ({ request }) => {
  const list = await scriptsOf(request, "/startups");
  const map = await scriptsOf(request, "/startups?vue=carte");
  expect(list.size).toBeGreaterThan(0);
  const added = [...map].filter(([source]) => !list.has(source)).reduce((sum, [, bytes]) => sum + bytes, 0);
  expect(added).toBeLessThanOrEqual(30 * 1024);
});
