// Profile writes for the fault scripts, as a browser without JavaScript makes them: a demo member
// opens their startup's edit page and posts its form back (the server action's hidden fields
// kept, every other field as the page filled it in) with a new tagline and description. Saved
// when the answer is the redirect to the startup's page with "etat=enregistre".
//
// A member's draft is one row, overwritten by each save, so the check is per startup: each is
// written by one worker at a time, in order, and after the fault the open revision must hold the
// last save answered as saved, or a later one that was still in flight, whole (its tagline and
// description from the same save).
import { randomBytes } from "node:crypto";
import { signIn } from "./session";
import { asksToRetry, randomIp, type Outcome } from "./support";

/** The demo members and their passwords (db/seed.ts); each owns two startups. */
export const PROFILE_EDITORS = [
  { email: "camille@exemple.fr", password: "demo-camille-2015" },
  { email: "yanis@exemple.fr", password: "demo-yanis-2015" },
];

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/\s([\w$:-]+)(?:="([^"]*)")?/g)) found.set(match[1]!, decode(match[2] ?? ""));
  return found;
}

/** The fields a browser would post for the form holding `marker` (a field name), in page order. */
export function formFields(html: string, marker: string): [string, string][] {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((candidate) => candidate.includes(`name="${marker}"`));
  if (!form) throw new Error(`No form with a "${marker}" field on the page.`);
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/g)) {
    const tag = match[0];
    const attrs = attributes(tag.slice(0, tag.indexOf(">") + 1));
    const name = attrs.get("name");
    if (!name) continue;
    if (tag.startsWith("<textarea")) fields.push([name, decode(match[1] ?? "")]);
    else if (tag.startsWith("<select")) {
      const selected = /<option value="([^"]*)" selected=""/.exec(match[2] ?? "");
      fields.push([name, decode(selected?.[1] ?? "")]);
    } else if (attrs.get("type") === "checkbox" || attrs.get("type") === "radio") {
      if (attrs.has("checked")) fields.push([name, attrs.get("value") ?? "on"]);
    } else if (attrs.get("type") !== "file") fields.push([name, attrs.get("value") ?? ""]);
  }
  return fields;
}

export type ProfileEditor = { base: string; cookie: string; startupId: string };

/** Signs in each demo member and lists the startups they can edit now: one editor per startup. */
export async function profileEditors(base: string): Promise<ProfileEditor[]> {
  const editors: ProfileEditor[] = [];
  for (const member of PROFILE_EDITORS) {
    const cookie = await signIn(base, member.email, member.password);
    const space = await (await fetch(`${base}/espace`, { headers: { cookie } })).text();
    for (const startupId of new Set([...space.matchAll(/\/espace\/([0-9a-f-]{36})/g)].map((m) => m[1]!))) {
      // A startup whose revision awaits review has no edit form (the member must withdraw it first).
      const edit = await (await fetch(`${base}/espace/${startupId}/modifier`, { headers: { cookie } })).text();
      if (edit.includes('name="tagline"')) editors.push({ base, cookie, startupId });
    }
  }
  if (!editors.length) throw new Error("No demo startup to edit: was the server started with DEMO_DATA=1?");
  return editors;
}

/** A save's distinctive text: the tagline and the description both carry it. */
export function profileToken(): string {
  return `panne-${randomBytes(6).toString("hex")}`;
}

export async function saveProfile(editor: ProfileEditor, token: string): Promise<Outcome> {
  const startedAt = performance.now();
  const page = `${editor.base}/espace/${editor.startupId}/modifier`;
  try {
    const html = await (await fetch(page, { headers: { cookie: editor.cookie }, signal: AbortSignal.timeout(30_000) })).text();
    const form = new FormData();
    for (const [name, value] of formFields(html, "tagline")) {
      if (name === "tagline") form.append(name, `Fiche modifiée pendant un test de panne (${token}).`);
      else if (name === "description") form.append(name, `Description écrite pendant un test de panne, pour vérifier qu'aucune modification enregistrée ne se perd : ${token}.`);
      else form.append(name, value);
    }
    const response = await fetch(page, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { cookie: editor.cookie, "x-forwarded-for": randomIp() },
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    const location = response.headers.get("location") ?? "";
    const ok = response.status >= 300 && response.status < 400 && location.includes(`/espace/${editor.startupId}`) && location.includes("etat=enregistre");
    return { ok, status: response.status, ms: performance.now() - startedAt, retryMessage: asksToRetry(body) };
  } catch (error) {
    return { ok: false, status: 0, ms: performance.now() - startedAt, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Per startup: every token sent, in order, and the index of the last one answered as saved. */
export type ProfileHistory = Map<string, { sent: string[]; lastSaved: number }>;

export function recordSave(history: ProfileHistory, startupId: string, token: string): (saved: boolean) => void {
  const entry = history.get(startupId) ?? { sent: [], lastSaved: -1 };
  history.set(startupId, entry);
  const index = entry.sent.push(token) - 1;
  return (saved) => {
    if (saved) entry.lastSaved = Math.max(entry.lastSaved, index);
  };
}
