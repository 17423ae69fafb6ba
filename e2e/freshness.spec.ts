// Fresh profiles (issue 15), in the browser. The demo data has profiles confirmed 13, 16, 19 and
// 22 months ago (db/seed.ts): the reminder job, which every server runs soon after it starts, has
// mailed Neptunia's team, and two profiles show "à vérifier". The timing itself, with a moved
// clock, is Vitest's (lib/freshness/freshness.test.ts).
import { DEMO, mailLink, resultNames, signIn } from "./support";
import { expect, test } from "./test";

const CAMILLE = { email: "camille@exemple.fr", password: "demo-camille-2015" };
const STALE = { slug: "graines-du-bocage", name: "Graines du Bocage" };
const CONFIRM_BUTTON = /Rien n.a changé : confirmer la fiche/;

// Staff sign in in two steps: the first post (password only) is answered 401, asking for the TOTP code.
test.use({ pageChecks: { allow: [/401.*\/api\/auth\/callback\/credentials/] } });

/** Today as the profile writes it: a long French date, Paris time. */
function parisToday(): string {
  return new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date());
}

test("the reminder's link confirms only after a click, once; a used or forged link says so", async ({ page }) => {
  test.setTimeout(120_000);
  // The job's first pass runs about ten seconds after the server starts, then the sender delivers.
  const link = await mailLink(CAMILLE.email, /toujours à jour/, 60_000);
  expect(link).toMatch(/^\/espace\/confirmer\?jeton=[A-Za-z0-9_-]{43}$/);

  // Opening the link (what a mail scanner does) confirms nothing: it asks for the click.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirmer la fiche" })).toBeVisible();
  await page.getByRole("button", { name: CONFIRM_BUTTON }).click();
  // "Confirmed", or, if another test confirmed Neptunia since the reminder, "already confirmed".
  await expect(page.getByRole("status")).toContainText(/Neptunia Analytics.*confirmée/);
  await expect(page.getByRole("link", { name: "Voir la fiche publique" })).toHaveAttribute("href", "/startups/neptunia-analytics");

  await page.goto(link);
  await page.getByRole("button", { name: CONFIRM_BUTTON }).click();
  await expect(page.getByText(/Ce lien de confirmation a déjà été utilisé/)).toBeVisible();

  await page.goto(`/espace/confirmer?jeton=${"x".repeat(43)}`);
  await page.getByRole("button", { name: CONFIRM_BUTTON }).click();
  await expect(page.getByText(/Ce lien de confirmation n’est pas valable/)).toBeVisible();
});

test("a team member confirms in one click from the startup space, and the public profile shows today's date", async ({ page }) => {
  await signIn(page, CAMILLE.email, CAMILLE.password);
  await page.goto("/espace");
  await page.getByRole("link", { name: "Neptunia Analytics" }).click();
  await expect(page.getByRole("heading", { name: "Fraîcheur de la fiche" })).toBeVisible();
  await page.getByRole("button", { name: CONFIRM_BUTTON }).click();
  await expect(page.getByRole("status")).toContainText("La fiche est confirmée à la date d’aujourd’hui");
  await page.reload();
  await expect(page.getByTestId("space-confirmed-at")).toHaveText(`Informations confirmées le ${parisToday()}.`);

  // No moderation: the public profile shows the new date at once.
  await page.goto("/startups/neptunia-analytics");
  await expect(page.getByTestId("confirmed-at")).toHaveText(`Informations confirmées par la startup le ${parisToday()}`);
  await expect(page.getByTestId("stale-badge")).toHaveCount(0);
});

test("a profile unconfirmed for 18 months shows 'à vérifier' on its page and its card, and moderators list it", async ({ page }) => {
  await page.goto(`/startups/${STALE.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: STALE.name })).toBeVisible();
  // The words carry the meaning (and an explanation for screen readers), not the colour.
  await expect(page.getByTestId("stale-badge")).toContainText("À vérifier");
  await expect(page.getByTestId("stale-badge")).toContainText("pas été confirmée par la startup depuis plus de 18 mois");
  await expect(page.getByTestId("confirmed-at")).toContainText("Informations confirmées par la startup le");

  await page.goto("/startups?q=graines+bocage");
  const card = page.locator("#resultats li").filter({ hasText: STALE.name });
  await expect(card.getByTestId("stale-badge")).toBeVisible();

  // A member is refused the moderators' list; a moderator finds it in the admin menu.
  await signIn(page, CAMILLE.email, CAMILLE.password);
  expect((await page.goto("/admin/fiches-a-verifier"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signIn(page, DEMO.moderator.email, DEMO.moderator.password, DEMO.moderator.totpSecret);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: /administration/i }).getByRole("link", { name: "Fiches à vérifier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fiches à vérifier" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: STALE.name });
  await expect(row).toBeVisible();
  await expect(row.getByRole("link", { name: STALE.name })).toHaveAttribute("href", `/admin/fiches/${STALE.slug}`);
  await expect(page.getByRole("row").filter({ hasText: "Quittance Marine" })).toBeVisible();
});

test("the directory filters on freshness with its count, in a shareable URL, and ignores an invalid value", async ({ page }) => {
  await page.goto("/startups");
  const option = page.getByRole("radio", { name: /Confirmées depuis moins de 12 mois/ });
  const count = Number((await option.locator("xpath=..").innerText()).match(/\((\d+)\)/)?.[1]);
  expect(count).toBeGreaterThan(0);
  await option.check();
  await expect(page).toHaveURL(/fraicheur=12m/);
  await expect(page.getByText(`${count} startups`, { exact: false }).first()).toBeVisible();
  expect(await resultNames(page)).not.toContain(STALE.name);

  const shared = await page.context().newPage();
  await shared.goto("/startups?fraicheur=12m&q=graines+bocage");
  await expect(shared.getByRole("radio", { name: /Confirmées depuis moins de 12 mois/ })).toBeChecked();
  expect(await resultNames(shared)).toEqual([]);
  await shared.close();

  const response = await page.goto("/startups?fraicheur=3ans&q=graines+bocage");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("radio", { name: "Toutes les fiches" })).toBeChecked();
  expect(await resultNames(page)).toContain(STALE.name);
});

test("the statistics' methodology gives the share of profiles confirmed in the last 12 months", async ({ page }) => {
  await page.goto("/statistiques");
  await expect(page.getByTestId("freshness-share")).toContainText(/Fraîcheur : [\d,]+\s?% des fiches publiées \(\d+ sur \d+\)/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, pageChecks: false });

  test("the freshness filter works as a plain GET form", async ({ page }) => {
    await page.goto("/startups?q=graines+bocage");
    expect(await resultNames(page)).toContain(STALE.name);
    await page.getByRole("radio", { name: /Confirmées depuis moins de 18 mois/ }).check();
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/fraicheur=18m/);
    expect(await resultNames(page)).not.toContain(STALE.name);
    await expect(page.getByRole("link", { name: /Confirmées depuis moins de 18 mois/ }).first()).toBeVisible();
  });
});
