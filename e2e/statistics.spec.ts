import { expect, test } from "./test";
import { DEMO, expectAccessible, signIn } from "./support";

test("the statistics page shows the figures, charts with data tables, and passes axe", async ({ page, request }) => {
  await page.goto("/statistiques");
  await expect(page.getByRole("heading", { level: 1, name: "L’écosystème en chiffres" })).toBeVisible();
  await expect(page.getByTestId("headline")).toHaveText(/^[\d\u202f\u00a0 ]+ startups, [\d\u202f\u00a0 ]+ emplois, [\d,]+ M€ levés$/);
  await expect(page.getByText(/Chiffres calculés le/)).toBeVisible();
  // Nine charts, seven of the directory and two of the agenda (bars in HTML, columns and lines in
  // SVG), each an image with a title, a summary and a data table.
  await expect(page.locator("figure [role=img][aria-labelledby$=-title]")).toHaveCount(9);
  await expect(page.locator("figure details table")).toHaveCount(9);
  await page.getByText("Voir les données").first().click();
  await expect(page.locator("figure details table").first().getByRole("rowheader", { name: "Caen" })).toBeVisible();
  await expect(page.getByText(/compte dans chacun d’eux/)).toBeVisible();
  // The agenda's section recalls the 2014 figure (fr.events.stats.note2014).
  await expect(page.locator("section[aria-labelledby=evenements]").getByText(/En 2014, l’écosystème comptait « près de 156 événements et animations »/)).toBeVisible();
  await expectAccessible(page);
  const api = await (await request.get("/api/v1/stats")).json();
  expect(api.meta.licence).toBe("Licence Ouverte / Etalab 2.0");
});

test("the metropolis filter recomputes every figure, without JavaScript too", async ({ browser, page: withScripts }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/statistiques");
  const all = await page.getByTestId("headline").innerText();
  await page.getByRole("combobox", { name: "Métropole" }).selectOption("caen");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/\/statistiques\?metropole=caen$/);
  await expect(page.getByText(/^Caen la Mer · Chiffres calculés/)).toBeVisible();
  expect(await page.getByTestId("headline").innerText()).not.toBe(all);
  const table = page.locator("figure").first().locator("details table");
  await expect(table.locator("tbody th")).toHaveText(["Caen"]);
  await context.close();
  // axe needs scripts: scan the same filtered page in a normal browser.
  await withScripts.goto("/statistiques?metropole=caen");
  await expectAccessible(withScripts);
});

test("the open data page links every endpoint, and the API answers with CORS and ETags", async ({ page, request }) => {
  await page.goto("/donnees-ouvertes");
  await expectAccessible(page);
  for (const path of ["/api/v1/startups", "/api/v1/startups.csv", "/api/v1/stats", "/api/v1/stats.csv", "/api/v1/openapi.json"]) {
    await expect(page.getByRole("link", { name: `GET ${path}`, exact: true })).toBeVisible();
  }
  const response = await request.get("/api/v1/startups?metropole=le-havre&taille=5");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const etag = response.headers()["etag"]!;
  expect((await request.get("/api/v1/startups?metropole=le-havre&taille=5", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  const bad = await request.get("/api/v1/startups?taille=1000");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).details[0].parameter).toBe("taille");
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
});

if (process.env.E2E_DATABASE_URL) {
  test("an unpublication made through one instance shows at once on another instance", async ({ page, request }) => {
    const second = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3200) + 1}`;
    const before = await (await request.get(`${second}/api/v1/stats`)).json();
    // A seed startup that no other spec looks at.
    const target = (await (await request.get(`${second}/api/v1/startups?q=Aeroscan`)).json()).data[0];
    expect(target?.name).toBe("Aéroscan Normandie");
    // The second instance's directory page for this search is in its page cache.
    const searchPage = async () => (await request.get(`${second}/startups?q=Aeroscan`)).text();
    expect(await searchPage()).toContain(`href="/startups/${target.slug}"`);
    expect((await request.get(`${second}/startups/${target.slug}`)).status()).toBe(200);
    // A moderator unpublishes through the first instance.
    await signIn(page, DEMO.moderator.email, DEMO.moderator.password);
    await page.goto(`/admin/fiches/${target.slug}`);
    await page.getByLabel("Motif de la dépublication (envoyé à la startup)").fill("Fiche à vérifier : données obsolètes.");
    await page.getByRole("button", { name: "Dépublier" }).click();
    await expect(page.getByText("Fiche dépubliée.")).toBeVisible();
    // The very next requests to the second instance reflect it.
    const after = await (await request.get(`${second}/api/v1/stats`)).json();
    expect(after.data.totals.startups).toBe(before.data.totals.startups - 1);
    expect((await request.get(`${second}/startups/${target.slug}`)).status()).toBe(404);
    expect(await searchPage()).not.toContain(`href="/startups/${target.slug}"`);
    await page.goto(`${second}/statistiques`);
    await expect(page.getByTestId("headline")).toContainText(`${after.data.totals.startups} startups`);
    // Republish, so other specs find it again.
    await page.goto(`/admin/fiches/${target.slug}`);
    await page.getByRole("button", { name: "Republier" }).click();
    await expect(page.getByText("Fiche republiée.")).toBeVisible();
  });
}

test("the charts' text keeps its size from a phone to a wide screen", async ({ page }) => {
  await page.goto("/statistiques");
  // The rendered font size of every label in the SVG charts (column and line), at each width: its
  // font size times the scale the SVG applies to it on screen (rotated labels included).
  const labelHeights = () =>
    // The map (data-map) is a picture and scales as one; the charts' text must not.
    page.locator("figure svg text").evaluateAll((texts) =>
      (texts as SVGTextElement[]).filter((text) => !text.closest("svg[data-map]")).map((text) => {
        const matrix = text.getScreenCTM();
        return matrix ? Math.hypot(matrix.a, matrix.b) * parseFloat(getComputedStyle(text).fontSize) : 0;
      }),
    );
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await labelHeights();
  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await labelHeights();
  expect(wide.length).toBeGreaterThan(5);
  expect(narrow).toHaveLength(wide.length);
  // Same size, give or take half a pixel: no label scales with the picture.
  for (const [index, size] of wide.entries()) expect(Math.abs(size - narrow[index]!), `label ${index}`).toBeLessThanOrEqual(0.5);
});
