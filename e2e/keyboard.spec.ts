// Core flows with the keyboard alone: Tab to move, Space/Enter to act; focus is never lost.
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { uniqueEmail } from "./support";

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
  const sector = page.getByRole("checkbox", { name: /IA & data/ });
  await tabTo(page, sector);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/metropole=le-havre&secteur=ia-data/);
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
