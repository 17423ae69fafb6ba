// The core flows in English (issue 12): a search with filters, a profile, the statistics, then a
// founder who signs up in English, submits, and is approved by a moderator whose language is
// English, and the mails each of them receives. Every page visited is also checked by ./test.ts:
// on an English page, `<html lang="en">` and no string of the French dictionary.
import { en } from "../lib/i18n/en";
import { fr } from "../lib/i18n/fr";
import { DEMO, expectAccessible, mailLink, signIn, uniqueEmail } from "./support";
import { expect, test } from "./test";

const PASSWORD = "cider perry and calvados";

/** A subject, matched whole. */
const exactly = (subject: string) => new RegExp(`^${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

test("search with filters, read a profile, switch to French on the same page", async ({ page }) => {
  await page.goto("/en/startups");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: en.search.title })).toBeVisible();
  await page.getByLabel(en.search.queryLabel).fill("robo");
  await expect(page).toHaveURL(/\/en\/startups\?q=robo$/);
  await page.getByRole("checkbox", { name: /Le Havre/ }).check();
  await expect(page).toHaveURL(/\/en\/startups\?q=robo&metropole=le-havre$/);
  await page.getByLabel(en.search.sort).selectOption("recent");
  await expect(page).toHaveURL(/\/en\/startups\?q=robo&metropole=le-havre&tri=recent$/);
  await expect(page.locator("#resultats h3").first()).toBeVisible();
  await expectAccessible(page);

  // The switch keeps the page and the query, and the choice is remembered.
  await page.getByRole("link", { name: fr.site.languageSwitch.label, exact: true }).click();
  await expect(page).toHaveURL(/\/startups\?q=robo&metropole=le-havre&tri=recent$/);
  expect(new URL(page.url()).pathname).toBe("/startups");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect((await page.context().cookies()).find((cookie) => cookie.name === "langue")?.value).toBe("fr");

  await page.goto("/en/startups?q=robo");
  await page.locator("#resultats h3 a").first().click();
  await expect(page).toHaveURL(/\/en\/startups\/[a-z0-9-]+$/);
  await expect(page.getByText(en.profile.foundedYear).first()).toBeVisible();
  // hreflang alternates name both languages, French as the default.
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href")!).pathname}`));
  const slug = new URL(page.url()).pathname.split("/").pop();
  expect(alternates).toEqual(expect.arrayContaining([`fr-FR /startups/${slug}`, `en-GB /en/startups/${slug}`, `x-default /startups/${slug}`]));
  await expectAccessible(page);
});

test("the statistics and the open data page, in English", async ({ page }) => {
  await page.goto("/en/statistiques");
  await expect(page.getByRole("heading", { level: 1, name: en.stats.title })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/en/donnees-ouvertes");
  await expect(page.getByRole("heading", { level: 1, name: en.openData.title })).toBeVisible();
  await page.goto("/en/a-propos");
  await expect(page.getByRole("heading", { level: 1, name: en.about.title })).toBeVisible();
  const missing = await page.goto("/en/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: en.notFound.title })).toBeVisible();
});

test.describe.serial("a founder signs up in English and a moderator approves in English", () => {
  const email = uniqueEmail("founder");
  const name = `Cider Analytics ${Date.now().toString(36)}`;

  test("sign up, confirm the address, create a profile and submit it; the mails are in English", async ({ page }) => {
    const t = en.account;
    await page.goto("/en/compte/inscription");
    await page.getByLabel(t.name).fill("Camille Founder");
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
    await page.getByLabel(t.confirm).fill(PASSWORD);
    await page.getByRole("button", { name: t.signUp }).click();
    await expect(page).toHaveURL(/\/en\/espace\?bienvenue=1/);

    const verification = await mailLink(email, exactly(en.mail.verifyEmail.subject));
    expect(verification).toMatch(/^\/en\/compte\/verifier\?jeton=/);
    await page.goto(verification);
    await page.getByRole("button", { name: t.verifyButton }).click();
    await expect(page.getByText(t.verified)).toBeVisible();

    await signIn(page, email, PASSWORD, undefined, "en");
    await expect(page).toHaveURL(/\/en\/espace/);
    const f = en.space.fields;
    await page.goto("/en/espace/nouvelle");
    await page.getByLabel(f.name).fill(name);
    await page.getByLabel(f.tagline).fill("Data for Normandy's cider makers");
    await page.getByLabel(f.description).fill("We help cider makers forecast their harvests with sensors and forecasting models.");
    await page.getByLabel(f.commune).fill("Caen (14000)");
    await page.getByRole("checkbox", { name: /AI & data|IA & data/ }).first().check();
    await page.getByLabel(f.foundedYear).fill("2021");
    await page.getByLabel(f.teamSize).fill("7");
    await page.getByLabel(f.stage).selectOption("seed");
    await page.getByRole("button", { name: en.space.save }).click();
    await expect(page).toHaveURL(/\/en\/espace\/[0-9a-f-]{36}\?etat=enregistre/);
    await page.getByRole("button", { name: en.space.submit }).click();
    await expect(page.getByTestId("revision-status")).toHaveText(en.space.status.pending!);
    await mailLink(email, exactly(en.mail.revisionSubmitted.subject(name)));
  });

  test("a moderator chooses English on /compte, approves in English; the founder's mail is in English", async ({ browser, request }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO.moderator.email, DEMO.moderator.password, DEMO.moderator.totpSecret, "en");
    await page.goto("/en/compte");
    await page.getByRole("combobox", { name: en.account.language.label }).selectOption("en");
    await page.getByRole("button", { name: en.account.language.submit }).click();
    await expect(page).toHaveURL(/\/en\/compte\?etat=langue/);
    await page.goto("/en/admin");
    await page.getByRole("link", { name }).click();
    await expect(page).toHaveURL(/\/en\/admin\/revisions\//);
    await page.getByRole("button", { name: en.admin.review.approve }).click();
    await expect(page.getByText(en.admin.dashboard.decided)).toBeVisible();
    // Back to French, as the other specs expect of the demo moderator.
    await page.goto("/compte");
    await page.getByRole("combobox", { name: fr.account.language.label }).selectOption("fr");
    await page.getByRole("button", { name: fr.account.language.submit }).click();
    await expect(page).toHaveURL(/\/compte\?etat=langue/);
    await context.close();

    const approved = await mailLink(email, exactly(en.mail.revisionApproved.subject(name)));
    expect(approved).toMatch(/^\/en\/startups\/cider-analytics-/);
    // The approval shows at once in both languages: the profile and the search, cached pages all.
    const slug = approved.split("/").pop()!;
    for (const lang of ["/en", ""]) {
      expect((await request.get(`${lang}/startups/${slug}`)).status(), `${lang}/startups/${slug}`).toBe(200);
      expect(await (await request.get(`${lang}/startups?q=${encodeURIComponent(name)}`)).text()).toContain(`href="${lang}/startups/${slug}"`);
    }
  });
});

// Every page, in English: the page checks (./test.ts) look at each one for `<html lang="en">`, a
// string of the French dictionary, axe and the 360 px width. The public pages first, then the
// signed-in ones as the admin (who sees the startup space, the account and all of the admin area).
const PUBLIC_PAGES = [
  "/en",
  "/en/startups?secteur=ia-data&metropole=caen",
  "/en/startups?vue=carte",
  "/en/statistiques",
  "/en/donnees-ouvertes",
  "/en/a-propos",
  "/en/evenements",
  "/en/evenements?annee=2025",
  "/en/compte/connexion",
  "/en/compte/inscription",
  "/en/compte/mot-de-passe-oublie",
  "/en/compte/reinitialiser",
  "/en/compte/verifier",
  "/en/espace/confirmer",
];
const STAFF_PAGES = [
  "/en/espace",
  "/en/espace/nouvelle",
  "/en/espace/evenements",
  "/en/compte",
  "/en/admin",
  "/en/admin/demandes",
  "/en/admin/evenements",
  "/en/admin/evenements/nouveau",
  "/en/admin/fiches-a-verifier",
  "/en/admin/import",
  "/en/admin/journal",
  "/en/admin/secteurs",
  "/en/admin/utilisateurs",
];

test("every public page opens in English", async ({ page }) => {
  // Every page visited is checked afterwards at three widths with axe (e2e/test.ts): 14 or more
  // pages take most of the default timeout on a quiet 2-core machine, and past it on a busy one.
  test.slow();
  for (const url of PUBLIC_PAGES) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.locator("html"), url).toHaveAttribute("lang", "en");
  }
  // A profile and an event, as linked from their lists.
  for (const [list, pattern] of [["/en/startups", /^\/en\/startups\/[a-z0-9-]+$/], ["/en/evenements", /^\/en\/evenements\/[a-z0-9-]+$/]] as const) {
    await page.goto(list);
    const link = (await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).find((href) => href && pattern.test(href));
    expect(link, `a link from ${list}`).toBeTruthy();
    expect((await page.goto(link!))?.status()).toBe(200);
  }
});

test("every signed-in page opens in English, the admin area included", async ({ page }) => {
  // Every page visited is checked afterwards at three widths with axe (e2e/test.ts): 14 or more
  // pages take most of the default timeout on a quiet 2-core machine, and past it on a busy one.
  test.slow();
  // The admin: the import and the users' page are theirs alone.
  await signIn(page, DEMO.admin.email, DEMO.admin.password, DEMO.admin.totpSecret, "en");
  for (const url of STAFF_PAGES) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.locator("html"), url).toHaveAttribute("lang", "en");
  }
  // A profile's admin page (a revision's is visited by the moderation test above).
  await page.goto("/en/startups");
  const slug = (await page.locator("#resultats h3 a").first().getAttribute("href"))!.split("/").pop();
  expect((await page.goto(`/en/admin/fiches/${slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
