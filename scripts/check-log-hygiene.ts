// npx tsx scripts/check-log-hygiene.ts LOG_DIR MAIL_DIR
// After an e2e run: the server log must hold no secret, token, password or mail body. Checks
// every line is JSON (structured logs), then looks for the session secret, the demo passwords,
// password hashes, and every token and body line of every mail the run sent (MAIL_DIR).
import fs from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS } from "@/db/seed";

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

const forbidden = new Map<string, string>();
for (const account of DEMO_ACCOUNTS) forbidden.set(account.password, `the demo password of ${account.email}`);
// The same default as playwright.config.ts.
forbidden.set(process.env.E2E_NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789", "NEXTAUTH_SECRET");
forbidden.set("scrypt$", "a password hash");
for (const mail of mails) {
  for (const token of mail.text.matchAll(/[?&](?:jeton|token)=([^\s&]+)/g)) forbidden.set(token[1]!, "a token from a mail link");
  for (const line of mail.text.split("\n").map((l) => l.trim()).filter((l) => l.length >= 40 && l !== mail.subject)) forbidden.set(line, "a line of a mail body");
}

const problems: string[] = [];
for (const [index, line] of lines.entries()) {
  try {
    JSON.parse(line);
  } catch {
    problems.push(`line ${index + 1} is not JSON: ${line.slice(0, 120)}`);
  }
  for (const [needle, what] of forbidden) if (line.includes(needle)) problems.push(`line ${index + 1} contains ${what}`);
}
console.log(`log hygiene: ${lines.length} lines in ${logFiles.length} files, ${mails.length} mails, ${forbidden.size} forbidden strings, ${problems.length} problems`);
if (!lines.length) problems.push("no log lines: was LOG_FILE set for the e2e server?");
if (!mails.length) problems.push("no mails captured: the check would prove nothing");
for (const problem of problems.slice(0, 20)) console.error(`  ${problem}`);
process.exit(problems.length ? 1 : 0);
