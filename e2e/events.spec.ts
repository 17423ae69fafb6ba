import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support";

const MEMBER = { email: "camille@exemple.fr", password: "demo-camille-2015" };

/** Like support's signIn, with more patience: password hashing is slow on a loaded machine. */

/** A Paris date some days from now, "YYYY-MM-DD". */
function daysFromNow(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + days * 86_400_000));
}

async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a member proposes an event, a moderator approves it, the public finds it, subscribes, and staff cancel it", async ({ browser }) => {
  // Three browser sessions and seven axe scans: longer than the default on a busy machine.
  test.setTimeout(300_000);
  const title = `Hackathon e2e ${Date.now().toString(36)}`;
  const day = daysFromNow(30);

  // Proposing, as a verified member.
  const member = await (await browser.newContext()).newPage();
  await signIn(member, MEMBER.email, MEMBER.password);
  await member.goto("/espace/evenements");
  await expectAccessible(member);
  await member.getByLabel("Titre").fill(title);
  await member.getByLabel("Type", { exact: true }).selectOption("hackathon");
  await member.getByLabel("Date de début").fill(day);
  await member.getByLabel("Heure de début").fill("18:30");
  await member.getByLabel("Date de fin").fill(day);
  await member.getByLabel("Heure de fin").fill("17:00");
  await member.getByLabel("Commune", { exact: true }).selectOption({ label: "Caen (14000)" });
  await member.getByLabel("Adresse").fill("1 esplanade de la Paix");
  await member.getByLabel("Description").fill("Quarante-huit heures pour prototyper des services numériques pour la santé.");
  await member.getByLabel("Organisateur", { exact: true }).fill("Collectif e2e");
  await member.getByRole("button", { name: "Envoyer pour relecture" }).click();
  // The end is before the start: a French message next to the field, and nothing typed is lost.
  // The error summary takes the focus and links to the field.
  const summary = member.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Date de fin : La fin doit être après le début." })).toBeVisible();
  await expect(member.getByText("La fin doit être après le début.", { exact: true })).toBeVisible();
  await expect(member.getByLabel("Titre")).toHaveValue(title);
  await member.getByLabel("Heure de fin").fill("21:00");
  await member.getByRole("button", { name: "Envoyer pour relecture" }).click();
  await expect(member.getByText("Votre proposition a été envoyée")).toBeVisible();

  // Nothing unapproved is public.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/evenements?type=hackathon");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);

  // Approving.
  const moderator = await (await browser.newContext()).newPage();
  await signIn(moderator, DEMO.moderator.email, DEMO.moderator.password);
  await moderator.goto("/admin/evenements");
  await expectAccessible(moderator);
  const item = moderator.getByRole("listitem").filter({ has: moderator.getByRole("heading", { name: title }) });
  await item.getByRole("button", { name: "Approuver" }).click();
  await expect(moderator).toHaveURL(/etat=approuve/);
  // Staff's own form for publishing an event directly.
  await moderator.getByRole("link", { name: "Créer un événement", exact: true }).click();
  await expect(moderator).toHaveURL(/\/admin\/evenements\/nouveau$/);
  await expect(moderator.getByRole("heading", { level: 1, name: "Créer un événement" })).toBeVisible();
  await expectAccessible(moderator);

  // Once live, the proposer can propose an edit, from their form filled with the event.
  await member.goto("/espace/evenements");
  const mine = member.getByRole("listitem").filter({ hasText: title });
  await mine.getByRole("link", { name: "Modifier l’événement" }).click();
  await expect(member).toHaveURL(/\/espace\/evenements\/[0-9a-f-]{36}\/modifier$/);
  await expect(member.getByRole("heading", { level: 1, name: "Modifier l’événement" })).toBeVisible();
  await expect(member.getByLabel("Titre")).toHaveValue(title);
  await expectAccessible(member);

  // Finding it, with the filters, and its page.
  await visitor.goto("/evenements");
  await expectAccessible(visitor);
  await visitor.getByLabel("Type").selectOption("hackathon");
  await visitor.getByLabel("Métropole").selectOption("caen");
  await visitor.getByRole("button", { name: "Filtrer" }).click();
  await expect(visitor).toHaveURL(/type=hackathon/);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(visitor);
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Event", name: title, eventStatus: "https://schema.org/EventScheduled" });
  expect(jsonLd.startDate).toMatch(/T18:30:00\+0[12]:00$/);
  await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const eventUrl = visitor.url();
  await expectNoSidewaysScroll(visitor);

  // Subscribing: the feed of this filter, and the single event's download.
  await visitor.goto("/evenements?type=hackathon");
  const feedHref = await visitor.getByRole("link", { name: /S’abonner/ }).getAttribute("href");
  expect(feedHref).toBe("/evenements/calendrier.ics?type=hackathon");
  const feed = await visitor.request.get(feedHref!);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const feedText = await feed.text();
  expect(feedText).toContain("BEGIN:VTIMEZONE");
  expect(feedText.replace(/\r\n /g, "")).toContain(title);
  const single = await visitor.request.get(`${new URL(eventUrl).pathname}/calendrier.ics`);
  expect(single.status()).toBe(200);
  expect((await single.text()).replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);

  // Cancelling: it stays listed, marked "annulé".
  await moderator.goto("/admin/evenements");
  const row = moderator.getByRole("listitem").filter({ has: moderator.getByRole("link", { name: title }) });
  await row.getByRole("button", { name: "Annuler l’événement" }).click();
  await expect(moderator).toHaveURL(/etat=annule/);
  await visitor.goto(eventUrl);
  await expect(visitor.getByText("Cet événement est annulé.")).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto("/evenements?type=hackathon");
  const card = visitor.getByRole("listitem").filter({ has: visitor.getByRole("link", { name: title }) });
  await expect(card.getByText("Annulé")).toBeVisible();
});

test("the agenda and its filters work without JavaScript, past years included", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/evenements");
  await page.getByLabel("Gratuits uniquement").check();
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/gratuit=1/);
  await expect(page.getByRole("heading", { name: /À venir/ })).toBeVisible();
  const pastYear = page.getByRole("navigation", { name: "Années passées" }).getByRole("link").first();
  const year = await pastYear.innerText();
  await pastYear.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Événements passés en ${year}`);
  // axe runs in the page, so it needs JavaScript: scan the same page in a normal session.
  const scanned = await (await browser.newContext()).newPage();
  await scanned.goto(page.url());
  await expectAccessible(scanned);
  await expectNoSidewaysScroll(scanned);
});
