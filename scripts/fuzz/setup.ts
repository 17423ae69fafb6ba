// Before the run: the accounts the fuzzer acts as, then a crawl of every catalogued page as each of
// its roles, which finds the real ids and slugs behind the dynamic templates and every form.
import fs from "node:fs";
import path from "node:path";
import * as OTPAuth from "otpauth";
import { signIn } from "../fault/session";
import { randomIp, signUp, sleep } from "../fault/support";
import { KNOWN_PARAMS, TARGETS, type Role } from "./catalogue";
import { forms, links, type Form } from "./html";

const DEMO_OWNER = { email: "camille@exemple.fr", password: "demo-camille-2015" };
const DEMO_MODERATOR = { email: "moderation@exemple.fr", password: "demo-moderation-2015", totpSecret: "NORMANDYMODERATIONDEMO23" };

/**
 * The link of the newest captured mail to `to`. lib/mail/sender.ts writes each mail as `<name>.json.tmp`
 * then renames it, so only `.json` files are complete: a `.tmp` listed here may be gone when read.
 */
async function capturedLink(mailDir: string, to: string): Promise<string> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((file) => file.endsWith(".json")) : [];
    for (const file of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as { to: string; text: string };
      const link = mail.to === to ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
      if (link) return new URL(link).pathname + new URL(link).search;
    }
    await sleep(250);
  }
  throw new Error(`No mail reached ${to}.`);
}

/** Posts a form as rendered (hidden fields and default values), plus `values`. */
export async function submit(base: string, form: Form, cookie: string, values: Record<string, string> = {}): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  for (const [name, value] of Object.entries(values)) body.append(name, value);
  return fetch(base + form.action, { method: "POST", body, headers: { cookie, origin: base, "x-forwarded-for": randomIp() }, redirect: "manual" });
}

/** A new account, verified through the link of its mail, signed in. */
async function freshMember(base: string, mailDir: string): Promise<string> {
  const email = `fuzz-${Date.now().toString(36)}@exemple.fr`;
  const password = `Fuzz-${Math.random().toString(36).slice(2)}-normandie`;
  const outcome = await signUp(base, email, password);
  if (!outcome.ok) throw new Error(`The fuzzer's sign-up failed (${outcome.status}).`);
  const link = await capturedLink(mailDir, email);
  const page = await (await fetch(base + link)).text();
  const verify = forms(page, new URL(link, base).pathname).find((form) => form.method === "POST");
  if (!verify) throw new Error("No form on the verification page.");
  await (await submit(base, verify, "")).arrayBuffer();
  return signIn(base, email, password);
}

export async function sessions(base: string, mailDir: string): Promise<Record<Role, string>> {
  const moderatorCode = () => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(DEMO_MODERATOR.totpSecret) }).generate();
  return {
    anon: "",
    member: await freshMember(base, mailDir),
    owner: await signIn(base, DEMO_OWNER.email, DEMO_OWNER.password),
    moderator: await signIn(base, DEMO_MODERATOR.email, DEMO_MODERATOR.password, moderatorCode()),
  };
}

export type Crawl = {
  realPaths: Map<string, string[]>;
  paramNames: Map<string, string[]>;
  /** The forms of each (page template, role), with a real page path to post them to. */
  forms: { template: string; role: Role; form: Form }[];
};

function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\\?\[[^\]]+\\?\]/g, "([^/?#\"]+)");
  return new RegExp(`^${escaped}$`);
}

/** Opens every catalogued page as each of its roles (static templates first, then real dynamic paths found in links). */
export async function crawl(base: string, cookies: Record<Role, string>): Promise<Crawl> {
  const realPaths = new Map<string, string[]>();
  const paramNames = new Map<string, string[]>();
  const found: Crawl["forms"] = [];
  const seenForms = new Set<string>();
  const pages = TARGETS.filter((target) => target.kind === "page" && !target.template.startsWith("/interne/") && target.template !== "/[unknown]");
  const allLinks = new Set<string>();
  const visit = async (template: string, pathname: string, role: Role) => {
    const response = await fetch(base + pathname, { headers: { cookie: cookies[role] }, redirect: "manual" });
    const html = await response.text();
    if (response.status !== 200) return;
    for (const link of links(html)) allLinks.add(link);
    const names = new Set(paramNames.get(template) ?? KNOWN_PARAMS);
    for (const link of links(html)) for (const key of new URL(link, base).searchParams.keys()) names.add(key);
    for (const form of forms(html, pathname)) {
      for (const field of form.fields) if (form.method === "GET") names.add(field.name);
      const key = `${template}|${role}|${form.actionId ?? form.action}|${form.label}`;
      if (form.method === "POST" && !seenForms.has(key)) {
        seenForms.add(key);
        found.push({ template, role, form });
      }
    }
    paramNames.set(template, [...names]);
  };
  for (const target of pages.filter((page) => !page.template.includes("["))) {
    for (const role of target.roles) await visit(target.template, target.template, role);
  }
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) allLinks.add(new URL(loc!).pathname);
  // The dynamic templates: real paths from the links seen so far, then from the pages they lead to.
  for (let round = 0; round < 2; round++) {
    for (const target of TARGETS.filter((t) => t.template.includes("[") && t.template !== "/[unknown]" && !t.template.startsWith("/interne/"))) {
      const pattern = templatePattern(target.template);
      const matches = [...allLinks].map((link) => link.split("?")[0]!).filter((link) => pattern.test(link));
      const known = new Set([...(realPaths.get(target.template) ?? []), ...matches.slice(0, 6)]);
      realPaths.set(target.template, [...known]);
      if (target.kind === "page" && round === 0) for (const pathname of [...known].slice(0, 2)) for (const role of target.roles) await visit(target.template, pathname, role);
    }
  }
  // A template under another one (a profile's logo, an event's .ics): the real paths of the shorter one, extended.
  for (const [template, paths] of realPaths) {
    if (paths.length) continue;
    const parent = [...realPaths.keys()].filter((other) => template.startsWith(`${other}/`) && realPaths.get(other)!.length).sort((a, b) => b.length - a.length)[0];
    if (parent) realPaths.set(template, realPaths.get(parent)!.map((pathname) => pathname + template.slice(parent.length)));
  }
  // Else a template with one dynamic segment borrows the values of another one's of the same name (an admin's [slug] from the profiles').
  for (const [template, paths] of realPaths) {
    const placeholders = template.match(/\[[^\]]+\]/g) ?? [];
    if (paths.length || placeholders.length !== 1) continue;
    const donor = [...realPaths].find(([other, values]) => other !== template && values.length && (other.match(/\[[^\]]+\]/g) ?? []).join() === placeholders[0]);
    if (!donor) continue;
    const values = donor[1].map((pathname) => templatePattern(donor[0]).exec(pathname)?.[1]).filter((value): value is string => Boolean(value));
    realPaths.set(template, values.map((value) => template.replace(placeholders[0]!, value)));
  }
  return { realPaths, paramNames, forms: found };
}

/** An anonymous next-auth CSRF pair. */
export async function csrfPair(base: string): Promise<{ cookie: string; token: string }> {
  const response = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; "), token: csrfToken };
}
