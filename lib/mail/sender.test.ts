import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { enqueueMail, type OutgoingMail } from "./outbox";
import { parseConfig, resetConfig } from "@/lib/config";
import { createLogger, setLogger } from "@/lib/log";
import { DELIVERED_RETENTION_MS, deliverDueMails, logTransport, mailCaptureDir, purgeDeliveredMails, retryDelayMs, type MailTransport } from "./sender";

function recordingTransport(delayMs = 0) {
  const sent: OutgoingMail[] = [];
  const transport: MailTransport = {
    async send(mail) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      sent.push(mail);
    },
  };
  return { sent, transport };
}

const failingTransport: MailTransport = {
  async send() {
    throw new Error("connect ECONNREFUSED 127.0.0.1:25");
  },
};

const mail = (n: number | string): OutgoingMail => ({ to: `user${n}@example.fr`, subject: `Mail ${n}`, text: `Texte ${n}` });

describe.each(enginesUnderTest())("mail outbox and sender on %s", (engine) => {
  let database: Database;

  let logged: Record<string, unknown>[];
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.execute(sql`truncate email_outbox`);
    logged = [];
    setLogger(createLogger({ write: (line: string) => void logged.push(JSON.parse(line)) }));
  });
  afterEach(() => {
    setLogger(undefined);
  });

  it("sends a committed mail once, and never one whose transaction rolled back", async () => {
    const db = database.db;
    await db
      .transaction(async (tx) => {
        await enqueueMail(tx, mail("rolled-back"));
        throw new Error("the change failed");
      })
      .catch(() => {});
    await db.transaction(async (tx) => enqueueMail(tx, mail("committed")));

    const { sent, transport } = recordingTransport();
    expect(await deliverDueMails(db, transport)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueMails(db, transport)).toEqual({ sent: 0, failed: 0 });
    expect(sent.map((m) => m.subject)).toEqual(["Mail committed"]);
  });

  it("keeps no usable link at rest: a delivered body is redacted, and old delivered rows are purged", async () => {
    const db = database.db;
    const link = "http://localhost:3000/compte/reinitialiser?jeton=secret-token-0123456789";
    await db.transaction(async (tx) => enqueueMail(tx, { to: "a@example.fr", subject: "Réinitialisation", text: `Lien : ${link}`, html: `<a href="${link}">x</a>` }));
    await db.transaction(async (tx) => enqueueMail(tx, mail("still-queued")));
    const { transport } = recordingTransport();
    // The second mail fails once, so it stays queued with its body.
    let calls = 0;
    await deliverDueMails(db, { send: async (m) => (calls++ === 1 ? failingTransport.send(m) : transport.send(m)) });
    // A dump of every text column of the table.
    const dump = JSON.stringify(await db.execute(sql`select * from email_outbox`));
    expect(dump).not.toContain("secret-token");
    expect(dump).toContain("Texte still-queued");

    const delivered = await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.subject, "Réinitialisation"));
    await purgeDeliveredMails(db, new Date(Date.now() + DELIVERED_RETENTION_MS - 60_000), { force: true });
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.id, delivered[0]!.id))).toHaveLength(1);
    await purgeDeliveredMails(db, new Date(Date.now() + DELIVERED_RETENTION_MS + 60_000), { force: true });
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.id, delivered[0]!.id))).toHaveLength(0);
    // Never an undelivered mail, however old.
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox)).toHaveLength(1);
  });

  it("retries a failed mail after a backoff, and then sends it exactly once", async () => {
    const db = database.db;
    await enqueueMail(db, { ...mail(1), html: "<p>Bonjour</p>" });
    const now = new Date();

    expect(await deliverDueMails(db, failingTransport, now)).toEqual({ sent: 0, failed: 1 });
    const [row] = await db.select().from(emailOutbox);
    expect(row).toMatchObject({ attempts: 1, sentAt: null, lastError: "connect ECONNREFUSED 127.0.0.1:25" });
    expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());

    // Not due yet: nothing happens, even with a working transport.
    const { sent, transport } = recordingTransport();
    expect(await deliverDueMails(db, transport, new Date(now.getTime() + 1000))).toEqual({ sent: 0, failed: 0 });

    const later = new Date(row!.nextAttemptAt.getTime() + 1000);
    expect(await deliverDueMails(db, transport, later)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueMails(db, transport, new Date(later.getTime() + 24 * 60 * 60_000))).toEqual({ sent: 0, failed: 0 });
    expect(sent).toEqual([{ ...mail(1), html: "<p>Bonjour</p>" }]);
    const [after] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, row!.id));
    expect(after!.sentAt).not.toBeNull();
  });

  it("backs off exponentially from 30 s, capped at 6 hours", () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(2)).toBe(60_000);
    expect(retryDelayMs(5)).toBe(8 * 60_000);
    expect(retryDelayMs(10)).toBe(6 * 60 * 60_000);
    expect(retryDelayMs(50)).toBe(6 * 60 * 60_000);
  });

  it("keeps retrying a mail that keeps failing, with a warning", async () => {
    const db = database.db;
    await enqueueMail(db, mail("stubborn"));
    await db.update(emailOutbox).set({ attempts: 12 }).where(eq(emailOutbox.subject, "Mail stubborn"));
    const now = new Date();
    expect(await deliverDueMails(db, failingTransport, now)).toEqual({ sent: 0, failed: 1 });
    const [row] = await db.select().from(emailOutbox);
    expect(row!.attempts).toBe(13);
    expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + 6 * 60 * 60_000);
    expect(logged).toContainEqual(expect.objectContaining({ level: 40, mailId: row!.id, attempts: 13 }));
  });

  it("sends each mail exactly once when two passes run concurrently", async () => {
    const db = database.db;
    const count = 45;
    for (let i = 0; i < count; i++) await enqueueMail(db, mail(i));

    const { sent, transport } = recordingTransport(5);
    let total = 0;
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([deliverDueMails(db, transport), deliverDueMails(db, transport)]);
      total += results.reduce((sum, r) => sum + r.sent, 0);
    }
    expect(total).toBe(count);
    expect(sent).toHaveLength(count);
    expect(new Set(sent.map((m) => m.subject)).size).toBe(count);
    const unsent = await db.select().from(emailOutbox).where(sql`${emailOutbox.sentAt} is null`);
    expect(unsent).toEqual([]);
  });
});

describe("logTransport", () => {
  let dir: string;
  let lines: string[];
  const previous = process.env.MAIL_CAPTURE_DIR;

  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nft-mail-")), "captured");
    process.env.MAIL_CAPTURE_DIR = dir;
    resetConfig();
    lines = [];
    setLogger(createLogger({ write: (line: string) => void lines.push(line) }));
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.MAIL_CAPTURE_DIR;
    else process.env.MAIL_CAPTURE_DIR = previous;
    resetConfig();
    setLogger(undefined);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("writes the mail as JSON, links included, into MAIL_CAPTURE_DIR, and logs its subject but never its body", async () => {
    const url = "http://localhost:3000/compte/verifier?jeton=abc123";
    await logTransport().send({ to: "marie@example.fr", subject: "Confirmez", text: `Lien : ${url}`, html: `<a href="${url}">x</a>` });

    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d+-[0-9a-f]+\.json$/);
    const captured = JSON.parse(fs.readFileSync(path.join(dir, files[0]!), "utf8"));
    expect(captured).toMatchObject({ to: "marie@example.fr", subject: "Confirmez" });
    expect(captured.text).toContain(url);
    expect(new Date(captured.sentAt).getTime()).not.toBeNaN();
    const logged = lines.join("");
    expect(logged).toContain("Confirmez");
    expect(logged).not.toContain("abc123");
  });

  it("prints no body (no link) in production, and writes nothing without MAIL_CAPTURE_DIR", async () => {
    const url = "http://localhost:3000/compte/verifier?jeton=prod-secret";
    const production = parseConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) });
    await logTransport(() => production).send({ to: "marie@example.fr", subject: "Confirmez", text: `Lien : ${url}` });
    const printed = lines.join("");
    expect(printed).toContain("Confirmez");
    expect(printed).not.toContain("prod-secret");
    expect(fs.existsSync(dir)).toBe(false);
    // The production refusal of MAIL_CAPTURE_DIR is the configuration's (lib/config.test.ts).
    expect(mailCaptureDir(parseConfig({ NODE_ENV: "development", MAIL_CAPTURE_DIR: dir }))).toBe(dir);
  });
});
