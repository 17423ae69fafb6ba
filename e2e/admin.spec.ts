import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "./test";
import { allSitemaps, DEMO, expectAccessible, signIn, uniqueEmail } from "./support";

const MEMBER = { email: "camille@exemple.fr", password: "demo-camille-2015" };

async function as(browser: Browser, who: { email: string; password: string } | null): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who) await signIn(page, who.email, who.password);
  return page;
}

// Every admin page and route, against the four kinds of visitor: the exact expected outcome.
const MODERATION = ["/admin", "/admin/demandes", "/admin/journal", "/admin/fiches/neptunia-analytics", "/admin/fiches-a-verifier"];
const ADMIN_ONLY = ["/admin/utilisateurs", "/admin/secteurs", "/admin/import"];
const ROUTES = ["/admin/export.csv"];

test("authorization matrix: anonymous, member, moderator and admin on every admin page and route", async ({ browser }) => {
  const visitors = {
    anonymous: await as(browser, null),
    member: await as(browser, MEMBER),
    moderator: await as(browser, DEMO.moderator),
    admin: await as(browser, DEMO.admin),
  };
  const outcomes: string[] = [];
  for (const [who, page] of Object.entries(visitors)) {
    for (const path of [...MODERATION, ...ADMIN_ONLY, ...ROUTES]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      const allowed = who === "admin" || (who === "moderator" && MODERATION.includes(path));
      const expected = allowed ? 200 : who === "anonymous" && !ROUTES.includes(path) ? 307 : 404;
      outcomes.push(`${who} ${path} ${response.status()}`);
      expect(response.status(), `${who} → ${path}`).toBe(expected);
      if (expected === 307) expect(response.headers()["location"]).toContain("/compte/connexion");
    }
  }
  expect(outcomes).toHaveLength(4 * 9);
  // Every page a moderator or admin can open passes axe.
  for (const path of [...MODERATION, ...ADMIN_ONLY]) {
    await visitors.admin.goto(path);
    await expectAccessible(visitors.admin);
  }
  for (const page of Object.values(visitors)) await page.context().close();
});

test("bulk approve from the queue publishes each selected submission, each audited", async ({ browser }) => {
  const moderator = await as(browser, DEMO.moderator);
  await moderator.goto("/admin");
  for (const name of ["Silver Assiette", "Quai Vélo"]) await moderator.getByRole("checkbox", { name: `Sélectionner ${name}` }).check();
  await moderator.getByRole("button", { name: "Valider la sélection" }).click();
  await expect(moderator.getByText("2 décision(s) enregistrée(s).")).toBeVisible();
  for (const name of ["Silver Assiette", "Quai Vélo"]) {
    await moderator.goto(`/startups?q=${encodeURIComponent(name)}`);
    await expect(moderator.locator("#resultats h3", { hasText: name })).toBeVisible();
  }
  await moderator.goto("/admin/journal?action=revision.approve");
  await expect(moderator.getByRole("cell", { name: "revision.approve" })).not.toHaveCount(0);
  const approvals = await moderator.locator("tbody tr", { hasText: /Silver Assiette|Quai Vélo/ }).count();
  expect(approvals).toBe(2);
  await moderator.context().close();
});

/** The statistics page's headline shows the same total as the API (other specs change it too). */
async function expectStatisticsInStepWithApi(request: APIRequestContext) {
  await expect
    .poll(async () => {
      const total: number = (await (await request.get("/api/v1/stats")).json()).data.totals.startups;
      const page = await (await request.get("/statistiques")).text();
      return page.match(/data-testid="headline"[^>]*>([^<]*)/)?.[1]?.includes(`${total} startups`);
    })
    .toBe(true);
}

test("an unpublished profile leaves search, its URL and the sitemap at once, and comes back", async ({ browser, request }) => {
  // Public pages are cached per directory version: these are now in that cache.
  const searchPage = async () => (await request.get("/startups?q=Alphabulle")).text();
  expect(await searchPage()).toContain('href="/startups/alphabulle"');
  expect((await request.get("/startups/alphabulle")).status()).toBe(200);
  await expectStatisticsInStepWithApi(request);
  const moderator = await as(browser, DEMO.moderator);
  await moderator.goto("/admin/fiches/alphabulle");
  await moderator.getByLabel("Motif de la dépublication (envoyé à la startup)").fill("Coordonnées à mettre à jour avant republication.");
  await moderator.getByRole("button", { name: "Dépublier" }).click();
  await expect(moderator.getByText("Fiche dépubliée.")).toBeVisible();
  expect(await searchPage()).not.toContain('href="/startups/alphabulle"');
  await expectStatisticsInStepWithApi(request);
  expect((await request.get("/startups/alphabulle")).status()).toBe(404);
  expect(await allSitemaps(request)).not.toContain("/startups/alphabulle");
  const search = await (await request.get("/api/v1/startups?q=Alphabulle")).json();
  expect(search.meta.total).toBe(0);
  await moderator.getByRole("button", { name: "Republier" }).click();
  await expect(moderator.getByText("Fiche republiée.")).toBeVisible();
  expect((await request.get("/startups/alphabulle")).status()).toBe(200);
  expect(await searchPage()).toContain('href="/startups/alphabulle"');
  await moderator.context().close();
});

test("a CSV dry run shows each row's errors, then the import publishes the valid rows", async ({ browser, request }) => {
  const admin = await as(browser, DEMO.admin);
  await admin.goto("/admin/import");
  const name = `Importée Normande ${Date.now().toString(36)}`;
  const csv = [
    "nom,accroche,description,commune,secteurs,annee_creation,effectif,fonds_leves_eur,stade,recrute,site_web,linkedin,x,siren",
    `${name},Une accroche importée correcte,Une description importée suffisamment longue pour passer la validation du profil.,14118,ia-data,2020,6,,seed,oui,,,,`,
    "Ligne Fautive,court,trop court,75056,inconnu,deux mille,0,,licorne,non,,,,123456789",
  ].join("\n");
  await admin.getByLabel(/Fichier CSV/).setInputFiles({ name: "startups.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await admin.getByRole("button", { name: "Vérifier (essai à blanc)" }).click();
  await expect(admin.getByText(/Essai à blanc : 1 ligne\(s\) valide\(s\), 1 ligne\(s\) à corriger/)).toBeVisible();
  await expect(admin.getByRole("row", { name: /Ligne Fautive/ })).toContainText("Caen la Mer");
  await expect(admin.getByText("Lignes traitées : 2 / 2")).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("publiées directement").check();
  await admin.getByRole("button", { name: "Importer" }).click();
  await expect(admin.getByText("1 startup(s) importée(s), 1 ligne(s) ignorée(s).")).toBeVisible();
  const found = await (await request.get(`/api/v1/startups?q=${encodeURIComponent(name)}`)).json();
  expect(found.data.map((s: { name: string }) => s.name)).toContain(name);
  await admin.context().close();
});

test("a role change takes effect on the very next request", async ({ browser }) => {
  const email = uniqueEmail("promue");
  const person = await (await browser.newContext()).newPage();
  await person.goto("/compte/inscription");
  await person.getByLabel("Votre nom").fill("Personne Promue");
  await person.getByLabel("Adresse email").fill(email);
  await person.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe promue");
  await person.getByLabel("Confirmez le mot de passe").fill("une phrase de passe promue");
  await person.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(person).toHaveURL(/\/espace/);
  expect((await person.request.get("/admin", { maxRedirects: 0 })).status()).toBe(404);

  const admin = await as(browser, DEMO.admin);
  await admin.goto(`/admin/utilisateurs?q=${encodeURIComponent(email)}`);
  await admin.getByLabel(`Rôle de ${email}`).selectOption("moderator");
  await admin.getByRole("button", { name: "Changer" }).click();
  await expect(admin.getByText("Rôle modifié : modérateur.")).toBeVisible();
  // Same session cookie, new role: re-read from the database. Staff must enrol TOTP first, so
  // the new moderator is sent to the enrolment page instead of a 404.
  const promoted = await person.request.get("/admin", { maxRedirects: 0 });
  expect(promoted.status()).toBe(307);
  expect(promoted.headers().location).toMatch(/\/compte\/double-authentification/);
  await admin.getByLabel(`Rôle de ${email}`).selectOption("member");
  await admin.getByRole("button", { name: "Changer" }).click();
  await expect(admin.getByText("Rôle modifié : membre.")).toBeVisible();
  expect((await person.request.get("/admin", { maxRedirects: 0 })).status()).toBe(404);
  await admin.context().close();
  await person.context().close();
});
