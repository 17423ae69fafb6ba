// Issue 9 (authentication): TOTP enrolment and sign-in, server-side sign-out, sign out
// everywhere, and account deletion, through the browser against the production build.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, totpCode, uniqueEmail } from "./support";

const PASSWORD = "bocage normand et pommiers";

async function signUp(page: Page, email: string) {
  await page.goto("/compte/inscription");
  await page.getByLabel("Votre nom").fill("Sécurité Test");
  await page.getByLabel("Adresse email").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirmez le mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  // Sign-up hashes, then sign-in verifies, a 128 MiB scrypt password: slow on a busy machine.
  await expect(page).toHaveURL(/\/espace\?bienvenue=1/, { timeout: 60_000 });
}

async function expectSignedOut(page: Page) {
  await page.goto("/compte");
  await expect(page).toHaveURL(/\/compte\/connexion\?retour=%2Fcompte/);
}

test("a member enrols TOTP from /compte, then signs in with a code, and with a recovery code once", async ({ page }) => {
  const email = uniqueEmail("totp");
  await signUp(page, email);
  await page.goto("/compte");
  await page.getByRole("link", { name: "Activer la double authentification" }).click();
  await expect(page).toHaveURL(/\/compte\/double-authentification/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectAccessible(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).trim();
  await page.getByLabel("Code de vérification").fill("000000" === totpCode(secret) ? "111111" : "000000");
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  // The error summary takes the focus; the field says what is wrong.
  await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeFocused();
  await expect(page.locator("#code-error")).toContainText("Code de vérification incorrect.");
  await page.getByLabel("Code de vérification").fill(totpCode(secret));
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  const recoveryCodes = page.getByRole("list", { name: "Vos codes de secours" }).getByRole("listitem");
  await expect(recoveryCodes).toHaveCount(10);
  const codes = await recoveryCodes.allInnerTexts();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, email, PASSWORD, secret);

  await page.context().clearCookies();
  await page.goto("/compte/connexion");
  await page.getByLabel("Adresse email").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByLabel("Code de vérification").fill(codes[0]!);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/espace/);
});

test("staff sign in with their TOTP code and reach /admin", async ({ page }) => {
  await signIn(page, DEMO.moderator.email, DEMO.moderator.password);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  // The account bar names the role and offers the admin area to staff, on every signed-in page.
  const bar = page.getByRole("navigation", { name: "Votre compte" });
  await expect(bar).toContainText("Modération");
  await page.goto("/espace");
  await bar.getByRole("link", { name: "Administration" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});

test("a member's account bar has no admin link", async ({ page }) => {
  await signUp(page, uniqueEmail("barre"));
  await page.goto("/compte");
  const bar = page.getByRole("navigation", { name: "Votre compte" });
  await expect(bar.getByRole("link", { name: "Mon compte" })).toBeVisible();
  await expect(bar.getByRole("link", { name: "Administration" })).toHaveCount(0);
});

test("« Se déconnecter » ends the session on the server: a copied cookie no longer works", async ({ browser, page }) => {
  const email = uniqueEmail("sortie");
  await signUp(page, email);
  const copied = await page.context().cookies();
  await page.goto("/compte");
  // The account bar and the page both offer it; either ends the same session.
  await page.getByRole("button", { name: "Se déconnecter", exact: true }).first().click();
  await expect(page).toHaveURL(/\/startups/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  await expectSignedOut(await thief.newPage());
  await thief.close();
});

test("« Se déconnecter partout » on /compte ends every session of the account", async ({ browser, page }) => {
  const email = uniqueEmail("partout");
  await signUp(page, email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);

  await page.goto("/compte");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(page).toHaveURL(/\/compte\/connexion\?etat=deconnecte-partout/);
  await expect(page.getByText("Toutes vos sessions ont été fermées.")).toBeVisible();
  await expectSignedOut(page);
  await expectSignedOut(otherPage);
  await other.close();
});

test("deleting the account through /compte signs out, forgets the password, and is audited", async ({ browser, page }) => {
  const email = uniqueEmail("depart");
  await signUp(page, email);
  await page.goto("/compte");
  await page.getByLabel("Confirmez avec votre mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/\/compte\/connexion\?etat=compte-supprime/);
  await expectSignedOut(page);

  await page.getByLabel("Adresse email").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // An unknown email is checked against a dummy scrypt hash, which takes as long as a real one.
  await expect(page.getByText("Adresse email ou mot de passe incorrect.")).toBeVisible({ timeout: 30_000 });

  // The journal still names the person who left, by the label kept in the append-only log.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, DEMO.admin.email, DEMO.admin.password);
  await adminPage.goto(`/admin/journal?action=auth.account_deleted&acteur=${encodeURIComponent(email)}`);
  await expect(adminPage.getByRole("cell", { name: email })).toBeVisible();
  await admin.close();
});

test("opening next-auth's credentials callback directly gets a French 405, not next-auth's 500 (found by the fuzz test)", async ({ request }) => {
  for (const method of ["GET", "HEAD"] as const) {
    const response = await request.fetch("/api/auth/callback/credentials", { method, maxRedirects: 0 });
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe("POST");
    if (method === "GET") expect(await response.text()).toContain("ouvrez /compte/connexion");
  }
});
