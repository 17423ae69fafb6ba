// npx tsx scripts/check-log-hygiene.ts LOG_DIR MAIL_DIR
// After an e2e run: the server log must hold no secret, token, password or mail body. Checks
// every line is JSON (structured logs), then looks for the session secret, the demo passwords and
// TOTP secrets, the passwords the e2e specs type, password hashes, JWTs, TOTP secrets and recovery
// codes by their shape, and every token and body line of every mail the run sent (MAIL_DIR); and
// requires the lines a real run logs (scripts/log-hygiene/rules.ts), so an empty log fails.
import fs from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS } from "@/db/seed";
import { checkLogLines, e2ePasswords, SECRET_SHAPES, type Needle } from "./log-hygiene/rules";

const [logDir, mailDir] = process.argv.slice(2);
if (!logDir || !mailDir) {
  console.error("Usage: tsx scripts/check-log-hygiene.ts LOG_DIR MAIL_DIR");
  process.exit(2);
}
const logFiles = fs.existsSync(logDir) ? fs.readdirSync(logDir).map((name) => path.join(logDir, name)) : [];
const lines = logFiles.flatMap((file) => fs.readFileSync(file, "utf8").split("\n").filter(Boolean));
const mails = fs.existsSync(mailDir)
  ? fs.readdirSync(mailDir).filter((name) => name.endsWith(".json")).map((name) => JSON.parse(fs.readFileSync(path.join(mailDir, name), "utf8")) as { text: string; subject: string })
  : [];
const specDir = path.join(import.meta.dirname, "..", "e2e");
const specs = fs.readdirSync(specDir).filter((name) => name.endsWith(".ts")).map((name) => fs.readFileSync(path.join(specDir, name), "utf8"));

const needles: Needle[] = [...SECRET_SHAPES];
for (const account of DEMO_ACCOUNTS) {
  needles.push({ text: account.password, what: `the demo password of ${account.email}` });
  if (account.totpSecret) needles.push({ text: account.totpSecret, what: `the demo TOTP secret of ${account.email}` });
}
const specPasswords = e2ePasswords(specs);
needles.push(...specPasswords);
// The same default as playwright.config.ts.
needles.push({ text: process.env.E2E_NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789", what: "NEXTAUTH_SECRET" });
for (const mail of mails) {
  for (const token of mail.text.matchAll(/[?&](?:jeton|token)=([^\s&]+)/g)) needles.push({ text: token[1]!, what: "a token from a mail link" });
  for (const line of mail.text.split("\n").map((l) => l.trim()).filter((l) => l.length >= 40 && l !== mail.subject)) needles.push({ text: line, what: "a line of a mail body" });
}

const problems = checkLogLines(lines, needles);
console.log(
  `log hygiene: ${lines.length} lines in ${logFiles.length} files, ${mails.length} mails, ${specPasswords.length} e2e passwords, ${needles.length} forbidden strings and shapes, ${problems.length} problems`,
);
if (!lines.length) problems.push("no log lines: was LOG_FILE set for the e2e server?");
if (!mails.length) problems.push("no mails captured: the check would prove nothing");
// Fewer than this means the extraction from the specs broke, not that the specs type none.
if (specPasswords.length < 5) problems.push(`only ${specPasswords.length} passwords found in e2e/*.ts: scripts/log-hygiene/rules.ts no longer reads the specs`);
for (const problem of problems.slice(0, 20)) console.error(`  ${problem}`);
process.exit(problems.length ? 1 : 0);
