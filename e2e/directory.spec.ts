import { expect, test } from "./test";
import { allSitemaps, expectAccessible, resultNames } from "./support";

// The demo seed (db/seed/startups-data.ts) is the fixture: 56 published startups, and a draft,
// a pending and an unpublished profile that must never show.
const HIDDEN = [
  { slug: "brouillon-secret-labs", name: "Brouillon Secret Labs" },
  { slug: "maree-haute-energie", name: "Marée Haute Énergie" },
  { slug: "cidre-connecte", name: "Cidre Connecté" },
];

const heading = (page: import("@playwright/test").Page) => page.locator("#resultats-titre");

test("the home page leads to the directory, which lists published startups", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/startups$/);
  await expect(page.getByRole("heading", { level: 1, name: "Annuaire des startups" })).toBeVisible();
  // 56 in the seed; other specs publish more (or briefly unpublish one) while this runs.
  const count = Number((await heading(page).innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThanOrEqual(50);
  await expectAccessible(page);
});

test("search updates results as you type, without a full reload", async ({ page }) => {
  await page.goto("/startups");
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByLabel("Rechercher une startup").fill("robo");
  await expect(page).toHaveURL(/\?q=robo$/);
  await expect(page.locator("#resultats h3").first()).toBeVisible();
  const names = await resultNames(page);
  expect(names).toEqual(expect.arrayContaining(["Robolabour", "RoboQuai"]));
  // The page was updated in place: our marker on window survived.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expectAccessible(page);

  // Accent-insensitive search, from the address bar as a shared link would be.
  await page.goto("/startups?q=numerique");
  expect(await resultNames(page)).toContain("Passerelle Numérique");
});

test("filters narrow the results, show counts, and the back button restores them", async ({ page }) => {
  await page.goto("/startups");
  const leHavre = page.getByRole("checkbox", { name: /Le Havre/ });
  const leHavreLabel = await page.locator('label[for="f-metropole-le-havre"]').innerText();
  const expected = Number(/\((\d+)\)/.exec(leHavreLabel)![1]);

  await leHavre.check();
  await expect(page).toHaveURL(/metropole=le-havre/);
  await expect(heading(page)).toHaveText(`${expected} startups`);
  for (const line of await page.locator("#resultats li p.text-xs").allInnerTexts()) expect(line).toContain("Le Havre");

  await page.getByRole("checkbox", { name: /IA & data/ }).check();
  await expect(page).toHaveURL(/metropole=le-havre&secteur=ia-data/);
  expect(await resultNames(page)).toContain("Neptunia Analytics");
  await expectAccessible(page);

  await page.goBack();
  await expect(page).toHaveURL(/\?metropole=le-havre$/);
  await expect(page.getByRole("checkbox", { name: /IA & data/ })).not.toBeChecked();
  await expect(heading(page)).toHaveText(`${expected} startups`);
});

test("a shared URL reproduces the same search", async ({ page, browser }) => {
  await page.goto("/startups");
  await page.getByRole("checkbox", { name: /Rouen/ }).check();
  await page.getByLabel("Trier par").selectOption("recent");
  await expect(page).toHaveURL(/metropole=rouen&tri=recent/);
  const names = await resultNames(page);
  const sharedUrl = page.url();

  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(sharedUrl);
  await expect(visitor.getByRole("checkbox", { name: /Rouen/ })).toBeChecked();
  await expect(visitor.getByLabel("Trier par")).toHaveValue("recent");
  expect(await resultNames(visitor)).toEqual(names);
  await other.close();
});

test("a profile page shows the public fields, with SEO metadata and safe outbound links", async ({ page }) => {
  await page.goto("/startups?q=neptunia");
  await page.getByRole("link", { name: "Neptunia Analytics" }).click();
  await expect(page).toHaveURL(/\/startups\/neptunia-analytics$/);
  await expect(page.getByRole("heading", { level: 1, name: "Neptunia Analytics" })).toBeVisible();
  await expect(page.getByText("Le Havre · Le Havre Seine Métropole")).toBeVisible();
  await expect(page.getByText(/Informations confirmées par la startup le/)).toBeVisible();
  await expect(page).toHaveTitle(/Neptunia Analytics/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/startups\/neptunia-analytics$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Neptunia Analytics");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Organization", name: "Neptunia Analytics" });
  const outbound = page.locator('a[target="_blank"]');
  expect(await outbound.count()).toBeGreaterThan(0);
  for (const link of await outbound.all()) await expect(link).toHaveAttribute("rel", "noopener nofollow");
  await expectAccessible(page);
});

test("drafts, pending and unpublished profiles are a real 404 and appear nowhere", async ({ page, request }) => {
  for (const hidden of HIDDEN) {
    const response = await page.goto(`/startups/${hidden.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await page.goto(`/startups?q=${encodeURIComponent(hidden.name)}`);
    expect(await resultNames(page)).not.toContain(hidden.name);
  }
  await page.goto("/startups/brouillon-secret-labs");
  await expectAccessible(page);

  const sitemap = await allSitemaps(request);
  expect(sitemap).toContain("/startups/neptunia-analytics");
  for (const hidden of HIDDEN) expect(sitemap).not.toContain(hidden.slug);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

test("the directory's page cache stays behind /startups and tells shared caches to check back", async ({ request }) => {
  const response = await request.get("/startups?q=logistique");
  expect(response.status()).toBe(200);
  // Cached on the server per directory version, so a shared cache must not keep it for a year.
  expect(response.headers()["cache-control"]).toBe("public, no-cache");
  for (const path of ["/statistiques", "/startups/neptunia-analytics"]) {
    expect((await request.get(path)).headers()["cache-control"]).toBe("public, no-cache");
  }
  // The internal path it is served from cannot be requested directly, at any version.
  const key = Buffer.from("q=logistique").toString("base64url");
  for (const version of [0, 1, 999999]) {
    expect((await request.get(`/interne/annuaire/${version}/${key}`)).status()).toBe(404);
  }
});

test("empty results say so and offer to remove each filter", async ({ page }) => {
  await page.goto("/startups?q=zzzqqxyz&metropole=caen");
  await expect(page.getByText("Aucune startup ne correspond à votre recherche.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Retirer la recherche « zzzqqxyz »" }).click();
  await expect(page).toHaveURL(/\?metropole=caen$/);
  await expect(heading(page)).not.toHaveText("Aucune startup");
});

test("pagination moves through the results", async ({ page }) => {
  await page.goto("/startups?tri=nom");
  const firstPage = await resultNames(page);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("navigation", { name: "Pagination" }).locator("[aria-current=page]")).toHaveText("2");
  const secondPage = await resultNames(page);
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
  await expectAccessible(page);
});

test("the about page is accessible", async ({ page }) => {
  await page.goto("/a-propos");
  await expect(page.getByRole("heading", { level: 1, name: "À propos" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  // The same pages are checked (overflow, axe, console) with scripts on by the tests above; without
  // scripts, revisiting each one at three widths outlasts the test timeout.
  test.use({ javaScriptEnabled: false, pageChecks: false });

  test("the search form still works as a plain GET form", async ({ page }) => {
    await page.goto("/startups");
    await page.getByLabel("Rechercher une startup").fill("hydrogene");
    await page.getByRole("checkbox", { name: /Le Havre/ }).check();
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/q=hydrogene/);
    await expect(page).toHaveURL(/metropole=le-havre/);
    expect(await resultNames(page)).toEqual(["Ventamar"]);
    await page.goto("/startups?q=hydrogene");
    expect((await resultNames(page)).slice(0, 2)).toEqual(["Hydrogène Val de Seine", "Ventamar"]);
  });
});
