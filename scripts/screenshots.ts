// Screenshots at 360 px of the pages issue 11 was about (review page, pagination, statistics),
// for the closing note: npx tsx scripts/screenshots.ts <base URL> <suffix>, against a running
// server with the demo data, e.g. `npx tsx scripts/screenshots.ts http://127.0.0.1:3600 after`.
// Written to docs/screenshots/<page>-<suffix>.png. For a build from before two-factor sign-in
// (the "before" pictures), NO_TOTP=1 skips the code step.
import { mkdir } from "node:fs/promises";
import { chromium } from "@playwright/test";
// The demo moderator's password and TOTP secret (db/seed.ts), and the code an authenticator would show.
import { DEMO, totpCode } from "../e2e/support";

const [base = "http://127.0.0.1:3000", suffix = "after"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 360, height: 760 }, locale: "fr-FR" });
await mkdir("docs/screenshots", { recursive: true });

await page.goto(`${base}/startups?page=2`);
await page.getByRole("navigation", { name: /pagination|pages/i }).scrollIntoViewIfNeeded();
await page.getByRole("navigation", { name: /pagination|pages/i }).screenshot({ path: `docs/screenshots/pagination-${suffix}.png` });

await page.goto(`${base}/statistiques`);
await page.screenshot({ path: `docs/screenshots/statistics-${suffix}.png`, fullPage: true });

await page.goto(`${base}/compte/connexion`);
await page.getByLabel("Adresse email").fill(DEMO.moderator.email);
await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO.moderator.password);
await page.getByRole("button", { name: "Se connecter" }).click();
// Staff accounts ask for their TOTP code next.
if (process.env.NO_TOTP !== "1") {
  await page.getByLabel("Code de vérification").fill(totpCode(DEMO.moderator.totpSecret));
  await page.getByRole("button", { name: "Se connecter" }).click();
}
await page.waitForURL(/\/espace/, { timeout: 60_000 });
await page.goto(`${base}/admin`);
await page.locator('a[href^="/admin/revisions/"]').first().click();
await page.waitForURL(/\/admin\/revisions\//);
await page.screenshot({ path: `docs/screenshots/review-${suffix}.png`, fullPage: true });

await browser.close();
console.log(`docs/screenshots/{pagination,statistics,review}-${suffix}.png written`);
