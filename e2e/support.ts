import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { localePath, type Lang } from "../lib/i18n/lang";
import { dictionaryFor } from "../lib/i18n/dictionaries";

/** Every page visited gets an axe scan against WCAG 2.1 A and AA, with zero violations allowed. */
export async function expectAccessible(page: Page) {
  // Next streams the metadata of dynamic pages: after a client-side navigation the <title> lands a moment later.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Every sitemap listed by the index at /sitemap.xml, concatenated. */
export async function allSitemaps(request: APIRequestContext): Promise<string> {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  let text = "";
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) text += await (await request.get(new URL(loc!).pathname)).text();
  return text;
}

export async function resultNames(page: Page): Promise<string[]> {
  return page.locator("#resultats article h3, #resultats li h3").allInnerTexts();
}

const MAIL_DIR = process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";

type CapturedMail = { to: string; subject: string; text: string; html: string; sentAt: string };

/** Waits for a mail to `to` whose subject matches, and returns its first link to our site. */
export async function mailLink(to: string, subject: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).filter((file) => file.endsWith(".json")) : [];
    const mails = files
      .map((file) => JSON.parse(fs.readFileSync(path.join(MAIL_DIR, file), "utf8")) as CapturedMail)
      .filter((mail) => mail.to.toLowerCase() === to.toLowerCase() && subject.test(mail.subject))
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    const link = mails[0]?.text.match(/https?:\/\/\S+/)?.[0];
    if (link) return new URL(link).pathname + new URL(link).search;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${to} matching ${subject}`);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@exemple.fr`;
}

/** The current TOTP code for a base32 secret, as an authenticator app would show it. */
export function totpCode(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();
}

/**
 * Signs in, on the French or the English sign-in page; when the account asks for its TOTP code,
 * types the one computed from `totpSecret`.
 */
export async function signIn(page: Page, email: string, password: string, totpSecret = knownTotpSecret(email), lang: Lang = "fr") {
  const t = dictionaryFor(lang).account;
  await page.goto(localePath(lang, "/compte/connexion"));
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: t.signIn }).click();
  const codeField = page.getByLabel(t.totpCode);
  await Promise.race([page.waitForURL(/\/espace/), codeField.waitFor()]);
  if (!/\/espace/.test(page.url())) {
    if (!totpSecret) throw new Error(`${email} asks for a TOTP code and no secret is known`);
    await codeField.fill(totpCode(totpSecret));
    await page.getByRole("button", { name: t.signIn }).click();
    // The password is checked again with the code (scrypt, 128 MiB): allow for a busy machine.
    await expect(page).toHaveURL(/\/espace/, { timeout: 30_000 });
  }
  await expect(page).toHaveURL(/\/espace/);
}

export const DEMO = {
  moderator: { email: "moderation@exemple.fr", password: "demo-moderation-2015", totpSecret: "NORMANDYMODERATIONDEMO23" },
  admin: { email: "admin@exemple.fr", password: "demo-admin-2015", totpSecret: "NORMANDYADMINTOTPDEMO234" },
};

function knownTotpSecret(email: string): string | undefined {
  return Object.values(DEMO).find((account) => account.email === email)?.totpSecret;
}
