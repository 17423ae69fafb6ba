// Core flows with the keyboard alone: Tab to move, Space/Enter to act; focus is never lost.
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { DEMO, mailLink, signIn, uniqueEmail } from "./support";

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the element was never reached with Tab");
}

async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== "none" || style.boxShadow !== "none";
  });
}

test("search with two filters and open a profile, by keyboard", async ({ page }) => {
  await page.goto("/startups");
  const leHavre = page.getByRole("checkbox", { name: /Le Havre/ });
  await tabTo(page, leHavre);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/metropole=le-havre/);
  // The results update in place: the focus stays on the filter just used.
  await expect(leHavre).toBeFocused();
  await focusIsKept(page);
  const sector = page.getByRole("checkbox", { name: /IA & data/ });
  await tabTo(page, sector);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/metropole=le-havre&secteur=ia-data/);
  await expect(sector).toBeFocused();
  const firstResult = page.locator("#resultats h3 a").first();
  await tabTo(page, firstResult, 200);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/startups\/[a-z0-9-]+$/);
});

test("sign up by keyboard: a failed submit puts the focus on the error summary, which links to each field", async ({ page }) => {
  await page.goto("/compte/inscription");
  const name = page.getByLabel("Votre nom");
  await tabTo(page, name);
  await page.keyboard.type("Camille Test");
  await page.keyboard.press("Tab");
  await page.keyboard.type("pas-une-adresse");
  await page.keyboard.press("Enter");

  const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" });
  await expect(summary).toBeFocused();
  const emailLink = summary.getByRole("link", { name: /Adresse email/ });
  await tabTo(page, emailLink);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Adresse email")).toBeFocused();
  // What was typed is kept.
  await expect(page.getByLabel("Votre nom")).toHaveValue("Camille Test");

  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(uniqueEmail("clavier"));
  await page.keyboard.press("Tab");
  await page.keyboard.type("un mot de passe solide 2026");
  await page.keyboard.press("Tab");
  await page.keyboard.type("un mot de passe solide 2026");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/espace/);
  // Signed in: the account bar says so and offers sign-out.
  await expect(page.getByRole("navigation", { name: "Votre compte" })).toContainText("Camille Test");
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

/** After an action, the focus is on something (not lost to <body>), and it can be seen. */
async function focusIsKept(page: Page) {
  await expect.poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
  expect(await focusIsVisible(page)).toBe(true);
}

/** Types into the field reached by Tab (its label), checking on the way that focus shows. */
async function typeInto(page: Page, field: ReturnType<Page["locator"]>, text: string) {
  await tabTo(page, field);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.type(text);
}

test.describe.serial("a profile filled and submitted with the keyboard alone", () => {
  const email = uniqueEmail("clavier-fiche");
  const password = "une fiche remplie au clavier";
  const name = `Clavier Normand ${Date.now().toString(36)}`;

  test("a verified member fills and submits a profile by keyboard, past a duplicate warning", async ({ page }) => {
    // The longest flow of the suite (sign-up, verification, sign-in: three password hashes; then
    // the page-check fixture re-measures each of its eight pages at three widths with axe). On the
    // 2-core CI machine it passed in 3 min once and ran out of the default bound in its teardown.
    test.setTimeout(400_000);
    await page.goto("/compte/inscription");
    await page.getByLabel("Votre nom").fill("Claude Clavier");
    await page.getByLabel("Adresse email").fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(password);
    await page.getByLabel("Confirmez le mot de passe").fill(password);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/espace/);
    await page.goto(await mailLink(email, /Confirmez/));
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(page.getByText("Votre adresse email est confirmée")).toBeVisible();
    await signIn(page, email, password);
    // The account page, scanned by the page-check fixture (e2e/test.ts) like every page visited.
    await page.goto("/compte");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.goto("/espace/nouvelle");
    await typeInto(page, page.getByLabel("Nom de la startup"), name);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Des claviers mécaniques fabriqués à Caen");
    // Back and forth: Shift+Tab returns to the name, which kept what was typed.
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByLabel("Nom de la startup")).toBeFocused();
    await expect(page.getByLabel("Nom de la startup")).toHaveValue(name);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Description")).toBeFocused();
    await page.keyboard.type("Nous concevons et assemblons des claviers mécaniques réparables, vendus aux entreprises normandes et aux particuliers.");

    // The commune combobox: type, pick a suggestion with the arrow keys, Enter chooses it (without submitting).
    const commune = page.getByRole("combobox", { name: "Commune d’implantation" });
    await typeInto(page, commune, "caen");
    await expect(page.getByRole("listbox", { name: "Communes suggérées" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(commune).toHaveAttribute("aria-activedescendant", /option-0$/);
    await page.keyboard.press("Enter");
    await expect(commune).toHaveValue(/^Caen \(14000/);
    await expect(page.getByRole("listbox", { name: "Communes suggérées" })).toBeHidden();
    await expect(page.getByText("Métropole : Caen la Mer")).toBeVisible();
    await expect(page).toHaveURL(/\/espace\/nouvelle$/);

    const sector = page.getByRole("checkbox", { name: "IA & data" });
    await tabTo(page, sector);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Space");
    await expect(sector).toBeChecked();
    await typeInto(page, page.getByLabel("Année de création"), "2022");
    await page.keyboard.press("Tab");
    await page.keyboard.type("5");
    const stage = page.getByLabel("Stade de développement");
    await tabTo(page, stage);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(stage).toHaveValue("seed");
    const hiring = page.getByRole("checkbox", { name: "Nous recrutons actuellement" });
    await tabTo(page, hiring);
    await page.keyboard.press("Space");
    await expect(hiring).toBeChecked();
    // A website on the same domain as a published profile: the submission will warn of a duplicate.
    await typeInto(page, page.getByLabel("Site web"), "https://robolabour.fr/claviers");

    const save = page.getByRole("button", { name: "Enregistrer le brouillon" });
    await tabTo(page, save);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/espace\/[0-9a-f-]{36}\?etat=enregistre/);
    await expect(page.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();
    await focusIsKept(page);

    const submit = page.getByRole("button", { name: "Soumettre à la modération" });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    const warning = page.getByRole("alert").filter({ hasText: "Cette startup est peut-être déjà dans l’annuaire" });
    await expect(warning).toContainText("Robolabour");
    await focusIsKept(page);
    await typeInto(page, page.getByLabel("Ou continuez en expliquant pourquoi il ne s’agit pas d’un doublon"), "Nous louons un atelier à Robolabour, sans autre lien.");
    const anyway = page.getByRole("button", { name: "Soumettre quand même" });
    await tabTo(page, anyway);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("revision-status")).toHaveText("En attente de relecture");
    await focusIsKept(page);
  });

  test("a moderator opens it from the queue and rejects it with a reason, by keyboard", async ({ page }) => {
    await signIn(page, DEMO.moderator.email, DEMO.moderator.password);
    await page.goto("/admin");
    const inQueue = page.getByRole("link", { name, exact: true });
    await tabTo(page, inQueue, 400);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/admin\/revisions\/[0-9a-f-]{36}$/);
    // A client-side navigation: the focus goes to the new page's heading, not to <body>.
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await focusIsKept(page);

    // Too short a reason: the error is announced next to the field, and what was typed stays.
    await typeInto(page, page.getByLabel("Motif du refus (envoyé à la startup)"), "Flou");
    const reject = page.getByRole("button", { name: "Refuser", exact: true });
    await tabTo(page, reject);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    // The error summary takes the focus and links to the field, which shows the error too.
    const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Expliquez le refus en au moins 10 caractères : la startup le lira.");
    const reason = page.getByLabel("Motif du refus (envoyé à la startup)");
    await tabTo(page, summary.getByRole("link", { name: /Motif du refus/ }));
    await page.keyboard.press("Enter");
    await expect(reason).toBeFocused();
    await expect(reason).toHaveValue("Flou");
    await page.keyboard.press("End");
    await page.keyboard.type(" : précisez votre activité et votre site web, s’il vous plaît.");
    await tabTo(page, reject);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/admin\?etat=decide$/);
    await expect(page.getByText("Décision enregistrée.")).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Décision enregistrée.");
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  });
});
