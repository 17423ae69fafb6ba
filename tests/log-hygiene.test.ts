// scripts/check-log-hygiene.ts's rules: what a real e2e log looks like passes; a leak, or a log
// that cannot be a whole run's, fails.
import { describe, expect, it } from "vitest";
import { checkLogLines, e2ePasswords, SECRET_SHAPES } from "@/scripts/log-hygiene/rules";

// Lines as the e2e server writes them (lib/log.ts, db/migrate.ts, lib/mail/sender.ts).
const REAL_RUN = [
  { level: 30, pid: 1, driver: "pglite", applied: 11, total: 11, ms: 544, msg: "database: migrations up to date" },
  { level: 30, pid: 1, mail: { subject: "Confirmez votre adresse" }, captureDir: ".data/e2e-mail", msg: "mail: no SMTP_URL, not sent" },
  { level: 30, pid: 1, mailId: 3, attempts: 1, msg: "mail: delivered" },
  { level: 40, pid: 1, security: "sign_in_succeeded", userId: "0b5e1c9e-7f3a-4d2b-9c1e-5a6b7c8d9e0f", msg: "security: sign_in_succeeded" },
  { level: 50, pid: 1, digest: "2381234567", route: "/startups/[slug]", path: "/startups/cidre-lab-2024", msg: "request: server error" },
].map((line) => JSON.stringify(line));

describe("log hygiene rules", () => {
  it("passes the lines of a real run", () => {
    expect(checkLogLines(REAL_RUN, SECRET_SHAPES)).toEqual([]);
  });

  it("fails an empty log, or one without the lines every run writes", () => {
    expect(checkLogLines([], SECRET_SHAPES)).toHaveLength(3);
    expect(checkLogLines(REAL_RUN.filter((line) => !line.includes("mail: delivered")), SECRET_SHAPES)).toEqual([
      "no line logs a delivered mail: the log is not a whole e2e run's",
    ]);
  });

  it("recognises a JWT, a TOTP secret and a recovery code by their shape", () => {
    const leak = (value: string) => checkLogLines([...REAL_RUN, JSON.stringify({ msg: "x", value })], SECRET_SHAPES);
    expect(leak("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")).toEqual(["line 6 contains a JWT-like token"]);
    expect(leak("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).toEqual(["line 6 contains a TOTP secret (base32)"]);
    expect(leak("codes: k7m2p-x9q4r")).toEqual(["line 6 contains a TOTP recovery code"]);
  });

  it("reads the passwords the e2e specs type, constants and literals, templates as patterns", () => {
    const spec = [
      'const PASSWORD = "cidre pommeau et calvados";',
      'const MEMBER = { email: "a@b.fr", password: "demo-camille-2015" };',
      'await page.getByLabel("Nouveau mot de passe").fill("une toute nouvelle phrase");',
      "await page.getByLabel(\"Mot de passe\").fill(`essai numéro ${attempt} raté`);",
      'await page.getByLabel("Adresse email").fill("pas-un-mot-de-passe@b.fr");',
    ].join("\n");
    const needles = e2ePasswords([spec]);
    expect(needles.map((needle) => ("text" in needle ? needle.text : String(needle.pattern)))).toEqual([
      "cidre pommeau et calvados",
      "demo-camille-2015",
      "une toute nouvelle phrase",
      "/essai numéro .+? raté/",
    ]);
    expect(checkLogLines([...REAL_RUN, JSON.stringify({ msg: "essai numéro 3 raté" })], needles)).toEqual(["line 6 contains a password of the e2e specs"]);
  });
});
