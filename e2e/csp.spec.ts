// Every kind of page runs under its Content-Security-Policy with no violation reported by the
// browser, and still hydrates (issue 9). Kept apart from e2e/test.ts so it merges cleanly.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support";

/** Collects CSP violations: the console's "Refused to …" lines and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy/i.test(text)) violations.push(text);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

/** React has hydrated when a client-side link navigation happens without a full load. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: "domcontentloaded" });
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
}

const PUBLIC_PAGES = [
  "/startups",
  "/startups?q=donnees&metropole=rouen",
  "/startups/neptunia-analytics",
  "/statistiques",
  "/a-propos",
  "/donnees-ouvertes",
  "/compte/connexion",
  "/compte/inscription",
  "/compte/mot-de-passe-oublie",
  "/compte/reinitialiser?jeton=inconnu-0123456789",
  "/cette-page-n-existe-pas",
];

test("public pages, cached or not, report no CSP violation and hydrate", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of PUBLIC_PAGES) {
    // Twice: a miss that renders, then a hit from the page cache.
    await visit(page, path);
    await visit(page, path);
  }
  // Hydrated: a client-side navigation keeps the document (no full load).
  await visit(page, "/startups");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("navigation", { name: /principale/i }).getByRole("link", { name: /statistiques/i }).click();
  await expect(page).toHaveURL(/\/statistiques/);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(violations).toEqual([]);
});

test("signed-in pages under the nonce policy report no CSP violation, and server actions run", async ({ page }) => {
  const violations = await watchCsp(page);
  // The sign-in form is a client component under the nonce policy: it only works if its scripts ran.
  await signIn(page, DEMO.moderator.email, DEMO.moderator.password);
  for (const path of ["/espace", "/espace/nouvelle", "/compte", "/admin", "/admin/demandes", "/admin/journal"]) await visit(page, path);
  expect(violations).toEqual([]);
});
