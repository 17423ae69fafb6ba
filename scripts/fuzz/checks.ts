// What counts as a finding: a 5xx (or no answer at all), a stack trace or SQL text in an answer,
// and, once the server has stopped, a stored row that the app's own rules say cannot exist.
import { sql } from "drizzle-orm";
import { openPglite, queryRows } from "@/db/client";
import { eventDataSchema } from "@/lib/events/form";
import { profileDataSchema } from "@/lib/startups/profile";

/** Text that only an internal error puts in an answer: stack frames, module paths, driver and SQL messages. */
const LEAKS: [string, RegExp][] = [
  ["stack frame", /\n\s+at [\w$.<>[\] ]+ \(|\bat (Object|Module|async|process)\.[\w<>]+ |at new [A-Z]\w+ \(/],
  ["module path", /node_modules[\\/]|\.next[\\/]server[\\/]|webpack-internal:|file:\/\/\//],
  ["connection error", /\bECONN(REFUSED|RESET)\b|\bETIMEDOUT\b|\bEPIPE\b/],
  ["SQL error", /syntax error at or near|relation "[^"]+" does not exist|column "[^"]+" (does not exist|of relation)|violates (not-null|unique|check|foreign key)|duplicate key value|invalid input syntax for|invalid byte sequence for encoding|unsupported Unicode escape sequence|value too long for type|out of range for type|SQLSTATE|PostgresError|DrizzleQueryError|Failed query:/i],
  ["SQL text", /\b(SELECT [^<>]{0,80}\bFROM "|INSERT INTO "|UPDATE "[a-z_]+" SET|DELETE FROM ")/i],
  ["database engine", /\bPGlite\b|pglite\.wasm|postgres\.js/i],
  ["error class", /\b(TypeError|ReferenceError|RangeError|SyntaxError|ZodError|AggregateError): /],
];

export type Finding = { entry: string; index: number; status: number; problem: string; request: string };

/** The problems in one answer. `sent` is everything the request carried, so an echo of our own input is not a leak. */
export function problemsOf(status: number, headers: Headers | null, body: string, sent: string, error?: string): string[] {
  const problems: string[] = [];
  if (status === 0) problems.push(`no answer (${error ?? "?"})`);
  else if (status >= 500) problems.push(`HTTP ${status}`);
  const location = headers?.get("location") ?? "";
  for (const [name, pattern] of LEAKS) {
    for (const [where, text] of [["body", body], ["Location", safeDecode(location)]] as const) {
      const found = pattern.exec(text);
      if (found && !sent.includes(found[0]) && !safeDecode(sent).includes(found[0])) problems.push(`${name} in ${where}: ${JSON.stringify(context(text, found.index))}`);
    }
  }
  return problems;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 60), at + 100);
}

type Row = Record<string, unknown>;

// Characters no stored text should hold: NUL and the C0 controls (tab, newline and CR allowed), and lone surrogates.
const BAD_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Opens the stopped server's data directory and lists the rows that break an invariant. */
export async function invalidRows(dataDir: string): Promise<{ problems: string[]; counts: Record<string, number> }> {
  const database = await openPglite({ dataDir });
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  const rows = (query: ReturnType<typeof sql>) => queryRows<Row>(database.db, query);
  try {
    // Every text column of every table: no control characters, no broken UTF-16.
    const columns = await rows(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb')`);
    for (const { table_name: table, column_name: column } of columns as { table_name: string; column_name: string }[]) {
      const values = await rows(sql`select ${sql.identifier(column)}::text as value from ${sql.identifier(table)} where ${sql.identifier(column)} is not null`);
      counts[table] = Math.max(counts[table] ?? 0, values.length);
      for (const { value } of values) {
        if (typeof value === "string" && (BAD_TEXT.test(value) || value.includes("\\u0000"))) problems.push(`${table}.${column} holds a control character or a lone surrogate: ${JSON.stringify(value.slice(0, 120))}`);
      }
    }
    for (const user of await rows(sql`select email, name, role::text from users`)) {
      const email = String(user.email);
      if (!EMAIL.test(email) || email.length > 254 || email !== email.trim().toLowerCase()) problems.push(`users: invalid email ${JSON.stringify(email.slice(0, 120))}`);
      if (user.name !== null && (String(user.name).trim() === "" || String(user.name).length > 120)) problems.push(`users: invalid name ${JSON.stringify(String(user.name).slice(0, 120))}`);
    }
    for (const invitation of await rows(sql`select email from startup_invitations`)) {
      if (!EMAIL.test(String(invitation.email))) problems.push(`startup_invitations: invalid email ${JSON.stringify(String(invitation.email).slice(0, 120))}`);
    }
    for (const revision of await rows(sql`select id, status::text, data from startup_revisions`)) {
      const parsed = profileDataSchema.safeParse(revision.data);
      if (!parsed.success) problems.push(`startup_revisions ${revision.id} (${revision.status}): ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    }
    for (const startup of await rows(sql`select id, slug, name, tagline, commune_code, status::text from startups`)) {
      if (!/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/.test(String(startup.slug))) problems.push(`startups ${startup.id}: invalid slug ${JSON.stringify(startup.slug)}`);
      const name = String(startup.name);
      if (name.trim() !== name || name.length < 2) problems.push(`startups ${startup.id}: invalid name ${JSON.stringify(name)}`);
      if (startup.status === "published" && !/^\d[\dAB]\d{3}$/.test(String(startup.commune_code))) problems.push(`startups ${startup.id}: published without a valid commune`);
    }
    for (const revision of await rows(sql`select id, status::text, data from event_revisions`)) {
      const parsed = eventDataSchema.safeParse(revision.data);
      if (!parsed.success) problems.push(`event_revisions ${revision.id} (${revision.status}): ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    }
    for (const event of await rows(sql`select id, slug, title from events`)) {
      if (!/^[a-z0-9-]{1,100}$/.test(String(event.slug))) problems.push(`events ${event.id}: invalid slug ${JSON.stringify(event.slug)}`);
      if (String(event.title).trim().length < 3) problems.push(`events ${event.id}: invalid title ${JSON.stringify(event.title)}`);
    }
    for (const sector of await rows(sql`select slug, name_fr from sectors`)) {
      if (!/^[a-z0-9-]{1,80}$/.test(String(sector.slug)) || String(sector.name_fr).trim() === "") problems.push(`sectors: invalid ${JSON.stringify(sector)}`);
    }
    for (const claim of await rows(sql`select id, message from claim_requests`)) {
      if (String(claim.message).length > 5000) problems.push(`claim_requests ${claim.id}: a message of ${String(claim.message).length} characters`);
    }
  } finally {
    await database.close();
  }
  return { problems, counts };
}
