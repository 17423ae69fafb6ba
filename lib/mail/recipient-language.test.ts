// Mails go out in their recipient's language (issue 12): the language of the page they signed up
// on, changed on /compte, whatever the language of the request that causes the mail.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailOutbox, startupRevisions, users } from "@/db/schema";
import { setLanguage, signUp } from "@/lib/auth/accounts";
import { en } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";
import { inLang } from "@/lib/i18n/server";
import { approveRevision } from "@/lib/moderation/decisions";
import { seedSectors } from "@/lib/sectors";
import { createStartup, submitRevision } from "@/lib/startups/revisions";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertUser, profile } from "@/tests/support/fixtures";

describe.each(enginesUnderTest())("mails in the recipient's language on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedSectors(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const mailsTo = (address: string) => database.db.select({ subject: emailOutbox.subject, text: emailOutbox.textBody, html: emailOutbox.htmlBody }).from(emailOutbox).where(eq(emailOutbox.toAddress, address));

  it("stores the language of the page someone signs up on, and writes their verification mail in it", async () => {
    const db = database.db;
    const english = "english-founder@exemple.fr";
    const french = "fondatrice-francaise@exemple.fr";
    const { userId } = await inLang("en", () => signUp(db, { email: english, name: "Alex", password: "a long enough passphrase" }));
    await signUp(db, { email: french, name: "Camille", password: "une phrase de passe assez longue" });
    const [stored] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
    expect(stored!.language).toBe("en");

    const [englishMail] = await mailsTo(english);
    expect(englishMail!.subject).toBe(en.mail.verifyEmail.subject);
    expect(englishMail!.text).toMatch(/https?:\/\/[^/\s]+\/en\/compte\/verifier\?jeton=/);
    expect(englishMail!.html).toContain('<html lang="en">');
    const [frenchMail] = await mailsTo(french);
    expect(frenchMail!.subject).toBe(fr.mail.verifyEmail.subject);
    expect(frenchMail!.text).toMatch(/https?:\/\/[^/\s]+\/compte\/verifier\?jeton=/);
    expect(frenchMail!.text).not.toContain("/en/");
  });

  it("writes to a team in its members' languages, whatever the moderator's request is in", async () => {
    const db = database.db;
    const founder = await insertUser(db, { email: "team-en@exemple.fr" });
    await setLanguage(db, founder, "en");
    const moderator = await insertUser(db, { role: "moderator" });
    const name = "Bilingual Robotics";
    const { startupId } = await createStartup(db, founder, profile({ name }));
    await submitRevision(db, founder, startupId);
    const [revision] = await db.select({ id: startupRevisions.id }).from(startupRevisions).where(eq(startupRevisions.startupId, startupId));
    // The moderator works on the French site.
    await inLang("fr", () => approveRevision(db, moderator, revision!.id));
    const subjects = (await mailsTo(founder.email)).map((mail) => mail.subject);
    expect(subjects).toContain(en.mail.revisionSubmitted.subject(name));
    expect(subjects).toContain(en.mail.revisionApproved.subject(name));
    const approved = (await mailsTo(founder.email)).find((mail) => mail.subject === en.mail.revisionApproved.subject(name))!;
    expect(approved.text).toMatch(/\/en\/startups\/bilingual-robotics/);
  });

  it("changes only one's own, existing, enabled account", async () => {
    const db = database.db;
    await expect(setLanguage(db, { id: "00000000-0000-4000-8000-000000000000" }, "en")).rejects.toThrow();
  });
});
