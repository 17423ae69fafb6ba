// The entry points as request builders: a page or route handler opened by someone, a form posted
// as a browser without JavaScript posts it (server actions included), a server action called the
// way React's client calls it (Next-Action header), and next-auth's endpoints.
import fc from "fast-check";
import type { Role, Target } from "./catalogue";
import type { Field, Form } from "./html";
import { draw, encode, fieldValue, fileValue, headers as headersArb, queryString, segment, text, type Value } from "./inputs";

export type FuzzRequest = { method: string; path: string; headers: Record<string, string>; body?: Buffer };

export type Entry = { name: string; role: Role; build: (seed: number, index: number) => FuzzRequest };

export type Context = {
  base: string;
  /** The Cookie header of each role's session ("" for anon). */
  cookies: Record<Role, string>;
  /** Real values for each dynamic template, found in the pages' links. */
  realPaths: Map<string, string[]>;
  /** Query parameter names seen on each template's forms and links. */
  paramNames: Map<string, string[]>;
  /** An anonymous next-auth CSRF pair: the cookie and its token. */
  csrf: { cookie: string; token: string };
};

/** The request's headers: the hostile ones drawn, then the session of the role (sometimes spoiled). */
function requestHeaders(context: Context, role: Role, drawn: Record<string, string>, keep: (name: string) => boolean): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(drawn)) if (keep(name)) result[name] = value;
  const session = context.cookies[role];
  if (session) result.cookie = drawn.cookie && drawn["x-forwarded-for"]!.endsWith("7") ? `${session}; ${drawn.cookie}` : session;
  return result;
}

const methodArb = (methods: string[]) => fc.oneof({ weight: 8, arbitrary: fc.constant("GET") }, { weight: 1, arbitrary: fc.constantFrom("GET", ...methods) });

export function targetEntry(context: Context, target: Target, role: Role): Entry {
  const real = context.realPaths.get(target.template) ?? [];
  const known = context.paramNames.get(target.template) ?? [];
  const arb = fc.record({
    real: fc.nat(Math.max(real.length * 3, 1)),
    segments: fc.array(segment, { minLength: 4, maxLength: 4 }),
    query: queryString(known),
    method: methodArb(target.methods ?? ["HEAD"]),
    headers: headersArb,
    body: fc.option(text, { freq: 3 }),
  });
  return {
    name: `${target.kind} ${target.template} (${role})`,
    role,
    build(seed, index) {
      const input = draw(arb, seed, this.name, index);
      let n = 0;
      // Three times in four a real path (when there is one), else generated segments.
      const pathname = input.real < real.length * 3 && real.length ? real[input.real % real.length]! : target.template.replace(/\[[^\]]+\]/g, () => input.segments[n++]!);
      const hasBody = input.method !== "GET" && input.method !== "HEAD" && input.body !== null;
      return {
        method: input.method,
        path: pathname + input.query,
        headers: requestHeaders(context, role, input.headers, (name) => hasBody || name !== "content-type"),
        body: hasBody ? Buffer.from(input.body!) : undefined,
      };
    },
  };
}

/** One field's values as a browser would send them, or hostile ones. */
function fieldArb(field: Field): fc.Arbitrary<Value[]> {
  const rendered = field.values.filter((value) => value !== "");
  const plausible: fc.Arbitrary<Value> = field.kind === "file" ? fileValue : rendered.length ? fc.constantFrom(...rendered) : text;
  const one = fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 3, arbitrary: field.kind === "file" ? fileValue : fieldValue });
  // Checkboxes and multiple selects send several values; anything may be repeated or left out.
  return fc.oneof({ weight: 8, arbitrary: one.map((value) => [value]) }, { weight: 1, arbitrary: fc.constant<Value[]>([]) }, { weight: 2, arbitrary: fc.array(one, { minLength: 2, maxLength: 5 }) });
}

const BOUNDARY = "----fuzzFormBoundary7MA4YWxkTrZu0gW";

function multipart(parts: [string, Value][]): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    const isFile = typeof value === "object" && !Buffer.isBuffer(value);
    const disposition = isFile ? `form-data; name="${name}"; filename="${value.filename.replace(/["\r\n]/g, "_")}"` : `form-data; name="${name}"`;
    const type = isFile ? `\r\nContent-Type: ${value.type || "application/octet-stream"}` : "";
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`, "latin1"));
    chunks.push(isFile ? value.file : Buffer.isBuffer(value) ? value : Buffer.from(value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

function urlencoded(parts: [string, Value][]): Buffer {
  return Buffer.from(parts.map(([name, value]) => `${encode(name)}=${typeof value === "string" ? encode(value) : "%ff"}`).join("&"));
}

/** A form posted as a browser without JavaScript posts it: the hidden fields as rendered, the others generated. */
export function formEntry(context: Context, form: Form, pageTemplate: string, role: Role): Entry {
  const visible = form.fields.filter((field) => field.kind !== "submit" || field.values.length > 0);
  const arb = fc.record({
    fields: fc.tuple(...visible.map(fieldArb)),
    order: fc.boolean(),
    tamper: fc.nat(40),
    headers: headersArb,
    urlencodedBody: fc.nat(30),
  });
  return {
    name: `form ${pageTemplate} «${form.label.slice(0, 40)}» (${role})`,
    role,
    build(seed, index) {
      const input = draw(arb, seed, this.name, index);
      const parts: [string, Value][] = [];
      visible.forEach((field, i) => {
        for (const value of input.fields[i]!) parts.push([field.name, value]);
      });
      if (input.order) parts.reverse();
      // The hidden fields are kept as rendered; now and then one is spoiled, as a tampering client would.
      const hidden = form.hidden.map(([name, value], i): [string, Value] => (input.tamper === i ? [name, `${value}x`] : input.tamper === 30 + i ? [name, ""] : [name, value]));
      const all = [...hidden, ...parts];
      const asUrlencoded = input.urlencodedBody === 0;
      const headers = requestHeaders(context, role, input.headers, (name) => !["content-type", "cookie", "rsc", "next-router-state-tree", "next-router-prefetch", "accept"].includes(name));
      headers.origin = context.base;
      headers["content-type"] = asUrlencoded ? "application/x-www-form-urlencoded" : `multipart/form-data; boundary=${BOUNDARY}`;
      headers.accept = "text/html";
      const query = form.method === "GET" ? `?${urlencoded(all).toString()}` : "";
      return { method: form.method, path: form.action + query, headers, body: form.method === "POST" ? (asUrlencoded ? urlencoded(all) : multipart(all)) : undefined };
    },
  };
}

/** A JSON value as React's client encodes arguments, with its "$" references now and then. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.constantFrom("$K1", "$@1", "$Q1", "$undefined", "$n1", "$D2020", "$T", "$1:a", "$F1", null, true, -0, 1e308),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "status", "id", "bound"), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** React's client writes a string that starts with "$" as "$$…", keys and nested values included. */
function escape(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escape);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [escape(key) as string, escape(item)]));
  return value;
}

/**
 * A server action called the way React's client calls it: the Next-Action header, and the
 * arguments (the previous state, then the form's fields) encoded as React encodes them, with
 * generated values. Now and then a body React never sends: plain text that is no JSON array, or
 * references to parts that are not there.
 */
export function actionCallEntry(context: Context, form: Form, role: Role): Entry {
  const names = form.fields.map((field) => field.name);
  const arb = fc.record({
    state: jsonValue,
    fields: fc.array(fc.tuple(names.length ? fc.constantFrom(...names) : fc.string({ maxLength: 8 }), fieldValue), { maxLength: 8 }),
    args: fc.array(jsonValue, { maxLength: 4 }),
    style: fc.nat(9),
    headers: headersArb,
    spoilId: fc.nat(15),
  });
  return {
    name: `action ${form.action} «${form.label.slice(0, 30)}» via Next-Action (${role})`,
    role,
    build(seed, index) {
      const input = draw(arb, seed, this.name, index);
      const headers = requestHeaders(context, role, input.headers, (name) => !["content-type", "cookie", "accept"].includes(name));
      headers["next-action"] = input.spoilId === 0 ? `${form.actionId}00` : input.spoilId === 1 ? "x".repeat(42) : form.actionId!;
      headers.accept = "text/x-component";
      headers.origin = context.base;
      let body: Buffer;
      if (input.style === 0) {
        headers["content-type"] = "text/plain;charset=UTF-8";
        body = Buffer.from(input.spoilId % 2 ? JSON.stringify(input.args) : String(draw(text, seed, this.name, -index - 1)));
      } else if (input.style < 4) {
        headers["content-type"] = "text/plain;charset=UTF-8";
        body = Buffer.from(JSON.stringify([escape(input.state), ...input.fields.map(([, value]) => (typeof value === "string" ? escape(value) : "x"))]));
      } else {
        headers["content-type"] = `multipart/form-data; boundary=${BOUNDARY}`;
        body = multipart([["0", JSON.stringify([escape(input.state), "$K1"])], ...input.fields.map(([name, value]): [string, Value] => [`1_${name}`, value])]);
      }
      return { method: "POST", path: form.action, headers, body };
    },
  };
}

const NEXTAUTH_ACTIONS = ["csrf", "session", "providers", "signin", "signin/credentials", "signout", "error", "verify-request", "_log", "callback/credentials", "callback/x", "unknown"];

/** next-auth's endpoints; the credentials callback with a valid CSRF pair, so the generated credentials reach our authorize(). */
export function authEntries(context: Context): Entry[] {
  const action = fc.record({ action: fc.oneof(fc.constantFrom(...NEXTAUTH_ACTIONS), segment), query: queryString(["error", "callbackUrl", "csrf"]), method: fc.constantFrom("GET", "GET", "POST"), headers: headersArb, body: text, csrf: fc.nat(5) });
  const credentials = fc.record({
    email: fc.oneof(text, fc.constantFrom("camille@exemple.fr", "moderation@exemple.fr", "admin@exemple.fr")),
    password: text,
    totp: fc.oneof(fc.constant(""), text, fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, "0"))),
    callbackUrl: fc.oneof(text, fc.constantFrom("/espace", "https://evil.example/", "//evil.example")),
    csrf: fc.nat(20),
    extra: fc.array(fc.tuple(fc.constantFrom("email", "password", "csrfToken", "json", "redirect", "__proto__"), text), { maxLength: 2 }),
    headers: headersArb,
  });
  return [
    {
      name: "route /api/auth/[action] (anon)",
      role: "anon",
      build(seed, index) {
        const input = draw(action, seed, this.name, index);
        const headers = requestHeaders(context, "anon", input.headers, () => true);
        const body = input.method === "POST" ? Buffer.from(`csrfToken=${input.csrf === 0 ? "" : encode(context.csrf.token)}&x=${encode(input.body.slice(0, 10_000))}`) : undefined;
        if (body) {
          headers["content-type"] = "application/x-www-form-urlencoded";
          headers.cookie = context.csrf.cookie;
        }
        return { method: input.method, path: `/api/auth/${input.action}${input.query}`, headers, body };
      },
    },
    {
      name: "route /api/auth/callback/credentials (anon)",
      role: "anon",
      build(seed, index) {
        const input = draw(credentials, seed, this.name, index);
        const headers = requestHeaders(context, "anon", input.headers, (name) => name !== "content-type" && name !== "cookie");
        headers["content-type"] = "application/x-www-form-urlencoded";
        headers.cookie = input.csrf === 0 ? "" : context.csrf.cookie;
        const fields: [string, string][] = [
          ["csrfToken", input.csrf === 1 ? "x" : context.csrf.token],
          ["email", input.email.slice(0, 100_000)],
          ["password", input.password.slice(0, 100_000)],
          ["totp", input.totp],
          ["callbackUrl", input.callbackUrl],
          ["json", "true"],
          ...input.extra,
        ];
        return { method: "POST", path: "/api/auth/callback/credentials", headers, body: urlencoded(fields) };
      },
    },
  ];
}
