import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./test";
import sharp from "sharp";
import { DEMO, expectAccessible, mailLink, signIn, uniqueEmail } from "./support";

const PASSWORD = "cidre pommeau et calvados";

async function signUp(page: Page, email: string, name = "Camille Fondatrice") {
  await page.goto("/compte/inscription");
  await expectAccessible(page);
  await page.getByLabel("Votre nom").fill(name);
  await page.getByLabel("Adresse email").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirmez le mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/espace\?bienvenue=1/);
}

async function verifyEmail(page: Page, email: string) {
  await page.goto(await mailLink(email, /Confirmez/));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(page.getByText("Votre adresse email est confirmée")).toBeVisible();
}

type Profile = { name: string; tagline: string; description: string };

async function fillProfile(page: Page, profile: Profile) {
  await page.getByLabel("Nom de la startup").fill(profile.name);
  await page.getByLabel("Accroche").fill(profile.tagline);
  await page.getByLabel("Description").fill(profile.description);
  await page.getByLabel("Commune d’implantation").fill("Caen (14000)");
  await expect(page.getByText("Métropole : Caen la Mer")).toBeVisible();
  await page.getByRole("checkbox", { name: "IA & data" }).check();
  await page.getByLabel("Année de création").fill("2021");
  await page.getByLabel("Effectif (personnes)").fill("7");
  await page.getByLabel("Stade de développement").selectOption("seed");
}

async function createProfile(page: Page, profile: Profile): Promise<string> {
  await page.goto("/espace/nouvelle");
  await fillProfile(page, profile);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page).toHaveURL(/\/espace\/[0-9a-f-]{36}\?etat=enregistre/);
  return new URL(page.url()).pathname;
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "Soumettre à la modération" }).click();
  await expect(page.getByTestId("revision-status")).toHaveText("En attente de relecture");
  await expect(page.getByRole("button", { name: "Retirer de la relecture" })).toBeVisible();
}

/** A moderator decides in the admin area, which calls the moderation domain functions. */
async function moderate(browser: Browser, startupName: string, decision: { reject?: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.moderator.email, DEMO.moderator.password);
  await page.goto("/admin");
  await page.getByRole("link", { name: startupName }).click();
  await expectAccessible(page);
  if (decision.reject) {
    await page.getByLabel("Motif du refus (envoyé à la startup)").fill(decision.reject);
    await page.getByRole("button", { name: "Refuser" }).click();
  } else {
    await page.getByRole("button", { name: "Valider et publier" }).click();
  }
  await expect(page.getByText("Décision enregistrée.")).toBeVisible();
  await context.close();
}

async function publicSlug(page: Page): Promise<string> {
  const href = await page.getByRole("link", { name: "Voir la fiche publique" }).getAttribute("href");
  return href!;
}

test.describe.serial("a startup joins the directory and keeps its profile up to date", () => {
  const email = uniqueEmail("fondatrice");
  const name = `Calvados Analytics ${Date.now().toString(36)}`;
  let space = "";

  test("sign up, verify the email, create a profile with a logo, submit it", async ({ page }) => {
    await signUp(page, email);
    await expectAccessible(page);
    await verifyEmail(page, email);
    await signIn(page, email, PASSWORD);
    space = await createProfile(page, {
      name,
      tagline: "La donnée au service des cidreries normandes",
      description: "Nous aidons les producteurs de cidre à prévoir leurs récoltes grâce à des capteurs et des modèles de prévision.\n\nDeuxième paragraphe <script>window.pwned=1</script>.",
    });
    const logo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#1d5fa8" } }).png().toBuffer();
    await page.getByLabel("Fichier du logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
    await page.getByRole("button", { name: "Envoyer le logo" }).click();
    await expect(page.getByText("Logo enregistré dans le brouillon.")).toBeVisible();
    await submit(page);
    await expectAccessible(page);
  });

  test("a moderator approves it and the profile is public, markup shown as text", async ({ page, browser }) => {
    await moderate(browser, name, {});
    await signIn(page, email, PASSWORD);
    await page.goto(space);
    await expect(page.getByTestId("revision-status")).toHaveText("Validée");
    const slug = await publicSlug(page);
    await page.goto(slug);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Deuxième paragraphe <script>window.pwned=1</script>.")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByRole("img", { name: `Logo de ${name}` })).toBeVisible();
    const logo = await page.request.get(`${slug}/logo`);
    expect(logo.headers()["content-type"]).toBe("image/webp");
  });

  test("editing the live profile leaves the public page unchanged until approval", async ({ page, browser }) => {
    await signIn(page, email, PASSWORD);
    await page.goto(`${space}/modifier`);
    await page.getByLabel("Accroche").fill("Une nouvelle accroche encore en relecture");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page.getByText("Brouillon enregistré.")).toBeVisible();
    await submit(page);
    const slug = await publicSlug(page);
    await page.goto(slug);
    await expect(page.getByText("La donnée au service des cidreries normandes")).toBeVisible();
    await moderate(browser, name, {});
    await page.reload();
    await expect(page.getByText("Une nouvelle accroche encore en relecture")).toBeVisible();
  });
});

test("a rejection's reason reaches the owner, who edits and resubmits", async ({ page, browser }) => {
  const email = uniqueEmail("refus");
  const name = `Pommeau Tech ${Date.now().toString(36)}`;
  await signUp(page, email);
  await verifyEmail(page, email);
  await signIn(page, email, PASSWORD);
  const space = await createProfile(page, {
    name,
    tagline: "Une accroche trop vague pour être acceptée",
    description: "Une description elle aussi assez vague, qui ne dit pas grand-chose du produit ni des clients visés.",
  });
  await submit(page);
  await moderate(browser, name, { reject: "Précisez votre produit et vos clients, s’il vous plaît." });
  await page.goto(space);
  await expect(page.getByTestId("revision-status")).toHaveText("Refusée");
  await expect(page.getByTestId("review-note")).toHaveText("Précisez votre produit et vos clients, s’il vous plaît.");
  await expectAccessible(page);
  await page.goto(`${space}/modifier`);
  await page.getByLabel("Accroche").fill("Logiciel de traçabilité pour les producteurs de pommeau");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await submit(page);
});

test("the owner invites a co-founder, who accepts and becomes an editor", async ({ page, browser }) => {
  const owner = uniqueEmail("proprietaire");
  const cofounder = uniqueEmail("cofondateur");
  await signUp(page, owner);
  // Only verified accounts may invite (issue 9).
  await verifyEmail(page, owner);
  const space = await createProfile(page, {
    name: `Équipe Cotentin ${Date.now().toString(36)}`,
    tagline: "Une startup qui grandit avec son équipe",
    description: "Une description suffisamment longue pour que la fiche soit valide et puisse être enregistrée.",
  });
  await page.getByLabel("Inviter un cofondateur (adresse email)").fill(cofounder);
  await page.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(page.getByText("Invitation envoyée.")).toBeVisible();
  const invitation = await mailLink(cofounder, /invit/i);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signUp(other, cofounder, "Dominique Cofondateur");
  await other.goto(invitation);
  await expectAccessible(other);
  await other.getByRole("button", { name: "Rejoindre l’équipe" }).click();
  await expect(other).toHaveURL(new RegExp(`${space}$`));
  await expect(other.getByText("Dominique Cofondateur (Éditeur)")).toBeVisible();
  // The link was single-use.
  await other.goto(invitation);
  await other.getByRole("button", { name: "Rejoindre l’équipe" }).click();
  await expect(other.getByText(/plus valable/)).toBeVisible();
  await context.close();
});

test("a forgotten password is reset through a single-use link", async ({ page }) => {
  const email = uniqueEmail("oubli");
  await signUp(page, email);
  await page.context().clearCookies();
  await page.goto("/compte/mot-de-passe-oublie");
  await expectAccessible(page);
  await page.getByLabel("Adresse email").fill(email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText(/un lien de réinitialisation vient d’être envoyé/)).toBeVisible();
  const link = await mailLink(email, /Réinitialisation/);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel("Nouveau mot de passe").fill("une toute nouvelle phrase secrète");
  await page.getByLabel("Confirmez le mot de passe").fill("une toute nouvelle phrase secrète");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe a été modifié.")).toBeVisible();
  await signIn(page, email, "une toute nouvelle phrase secrète");
  await page.goto(link);
  await page.getByLabel("Nouveau mot de passe").fill("encore une autre phrase secrète");
  await page.getByLabel("Confirmez le mot de passe").fill("encore une autre phrase secrète");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByText(/n’est plus valable/)).toBeVisible();
});

test.describe("bad input", () => {
  test("the profile form shows each error in French next to its field and keeps what was typed", async ({ page }) => {
    const email = uniqueEmail("erreurs");
    await signUp(page, email);
    await page.goto("/espace/nouvelle");
    await page.getByLabel("Nom de la startup").fill("X".repeat(120));
    await page.getByLabel("Accroche").fill("Courte");
    await page.getByLabel("Commune d’implantation").fill("Paris (75001)");
    await page.getByLabel("Année de création").fill("deux mille");
    await page.getByLabel("SIREN (facultatif)").fill("123456789");
    await page.getByLabel("Site web").fill("javascript:alert(1)");
    await page.getByLabel("Page LinkedIn").fill("https://example.com/moi");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page.getByText("Le formulaire contient des erreurs")).toBeVisible();
    await expect(page.getByLabel("Nom de la startup")).toHaveAccessibleDescription(/ne doit pas dépasser 80 caractères/);
    await expect(page.getByLabel("Commune d’implantation")).toHaveAccessibleDescription(/Caen la Mer, Le Havre Seine Métropole ou Métropole Rouen Normandie/);
    await expect(page.getByLabel("Année de création")).toHaveAccessibleDescription(/doit être un nombre/);
    await expect(page.getByLabel("SIREN (facultatif)")).toHaveAccessibleDescription(/n’est pas valide/);
    await expect(page.getByLabel("Site web")).toHaveAccessibleDescription(/adresse web valide/);
    await expect(page.getByLabel("Page LinkedIn")).toHaveAccessibleDescription(/page entreprise LinkedIn/);
    await expect(page.getByLabel("Accroche")).toHaveValue("Courte");
    await expectAccessible(page);
    await expect(page).toHaveURL(/\/espace\/nouvelle$/);
  });

  test("a renamed non-image file and an oversized image are refused as logos", async ({ page }) => {
    const email = uniqueEmail("logo");
    await signUp(page, email);
    await createProfile(page, {
      name: `Logo Refusé ${Date.now().toString(36)}`,
      tagline: "Une startup qui teste les limites du logo",
      description: "Une description suffisamment longue pour que la fiche soit valide et puisse être enregistrée.",
    });
    await page.getByLabel("Fichier du logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("ceci n'est pas une image") });
    await page.getByRole("button", { name: "Envoyer le logo" }).click();
    await expect(page.getByLabel("Fichier du logo")).toHaveAccessibleDescription(/doit être une image PNG, JPEG ou WebP/);
    // React resets the form once the action has answered: wait for it before choosing the next file.
    await expect(page.getByLabel("Fichier du logo")).toHaveValue("");
    await page.getByLabel("Fichier du logo").setInputFiles({ name: "grand.png", mimeType: "image/png", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 1) });
    await page.getByRole("button", { name: "Envoyer le logo" }).click();
    await expect(page.getByLabel("Fichier du logo")).toHaveAccessibleDescription(/ne doit pas dépasser 2 Mo/);
  });

  test("another startup's space is a 404", async ({ page }) => {
    const email = uniqueEmail("curieux");
    await signUp(page, email);
    const response = await page.goto("/espace/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    expect((await page.request.get("/espace/00000000-0000-4000-8000-000000000000/logo")).status()).toBe(404);
  });
});

test.describe("sign-in rate limit", () => {
  // The limit counts per (account, address): a fresh account's failures lock out nobody else.
  test("the 6th failed sign-in on one account from one address within 15 minutes is refused with the wait time", async ({ page }) => {
    await page.goto("/compte/connexion");
    await expectAccessible(page);
    const email = uniqueEmail("force-brute");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Adresse email").fill(email);
      await page.getByLabel("Mot de passe").fill(`essai numéro ${attempt} raté`);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse email ou mot de passe incorrect.");
    }
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Trop de tentatives de connexion\. Réessayez dans 15 minutes\./);
  });
});
