// What scripts/check-log-hygiene.ts looks for in the server log of an e2e run: secrets it knows
// (strings) and secrets it can recognise by their shape (patterns), plus the lines that a real
// run always logs, so that an empty or truncated log cannot pass.

export type Needle = { text: string; what: string } | { pattern: RegExp; what: string };

const PASSWORD_LABELS = ["Mot de passe", "Nouveau mot de passe", "Confirmez le mot de passe", "Confirmez avec votre mot de passe"];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The passwords the e2e specs type, read from their source so that a new spec is covered without
 * a list to keep: string constants named like a password, and literals typed into a password
 * field (a template literal becomes a pattern, its `${…}` parts matching anything).
 */
export function e2ePasswords(sources: string[]): Needle[] {
  const found = new Map<string, Needle>();
  const labels = PASSWORD_LABELS.map(escapeRegExp).join("|");
  for (const source of sources) {
    for (const match of source.matchAll(/\bpassword\w*\s*[:=]\s*"([^"]{8,})"/gi)) found.set(match[1]!, { text: match[1]!, what: "a password of the e2e specs" });
    for (const match of source.matchAll(new RegExp(`getByLabel\\("(?:${labels})"[^)]*\\)\\.fill\\(("([^"]+)"|\`([^\`]+)\`)\\)`, "g"))) {
      if (match[2]) found.set(match[2], { text: match[2], what: "a password of the e2e specs" });
      else if (match[3]) {
        const pattern = new RegExp(match[3].split(/\$\{[^}]*\}/).map(escapeRegExp).join(".+?"));
        found.set(match[3], { pattern, what: "a password of the e2e specs" });
      }
    }
  }
  return [...found.values()];
}

/** Shapes of secrets the checker cannot know in advance. */
export const SECRET_SHAPES: Needle[] = [
  // A JWT (header.payload.): next-auth's session token, or any other.
  { pattern: /eyJ[\w-]{10,}\.[\w-]+\./, what: "a JWT-like token" },
  // A TOTP secret as the enrolment page shows it: base32, at least one digit.
  { pattern: /\b(?=[A-Z2-7]*[2-7])[A-Z2-7]{16,}\b/, what: "a TOTP secret (base32)" },
  // A recovery code (lib/auth/totp.ts newRecoveryCode): 5-5 from its alphabet, with a digit and a letter.
  { pattern: /\b(?=[a-z2-9-]*[2-9])(?=[a-z2-9-]*[a-z])[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}\b/, what: "a TOTP recovery code" },
  { text: "scrypt$", what: "a password hash" },
];

/**
 * Lines every e2e run logs (messages from lib/log.ts, lib/mail/sender.ts and db/migrate.ts). The
 * e2e server has no SMTP_URL: the log transport "sends" each mail, then the sender logs it
 * delivered.
 */
export const REQUIRED_LINES: { what: string; test: (line: Record<string, unknown>) => boolean }[] = [
  { what: "a security event (sign-in)", test: (line) => typeof line.security === "string" },
  { what: "a delivered mail", test: (line) => line.msg === "mail: delivered" },
  { what: "the migrations at start", test: (line) => line.msg === "database: migrations up to date" },
];

/** Every problem found in the log lines: not JSON, a needle found, a required line missing. */
export function checkLogLines(lines: string[], needles: Needle[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    try {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      for (const required of REQUIRED_LINES) if (required.test(parsed)) seen.add(required.what);
    } catch {
      problems.push(`line ${index + 1} is not JSON: ${line.slice(0, 120)}`);
    }
    for (const needle of needles) {
      if ("text" in needle ? line.includes(needle.text) : needle.pattern.test(line)) problems.push(`line ${index + 1} contains ${needle.what}`);
    }
  }
  for (const required of REQUIRED_LINES) if (!seen.has(required.what)) problems.push(`no line logs ${required.what}: the log is not a whole e2e run's`);
  return problems;
}
