// Reading the server-rendered HTML the way a browser without JavaScript would: the forms (their
// action, method, hidden fields and the fields a person fills in) and the links. React's output is
// regular (double-quoted attributes, void elements closed), so a few patterns do.

export type Field = {
  name: string;
  kind: "text" | "checkbox" | "radio" | "select" | "file" | "textarea" | "submit";
  /** The rendered value (a hidden field's, a checkbox's, a select's options, a submit button's). */
  values: string[];
};

export type Form = {
  action: string;
  method: "GET" | "POST";
  enctype: string;
  /** Sent as rendered: the server action's id, its bound arguments, the state, hidden ids. */
  hidden: [string, string][];
  fields: Field[];
  /** The submit buttons' text, to tell forms apart and to leave out the ones that end the session. */
  label: string;
  /** The server action's id, when the form posts to one. */
  actionId?: string;
};

export function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/\s([^\s=/>"]+)(?:="([^"]*)")?/g)) result[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? "");
  return result;
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}

export function forms(html: string, pagePath: string): Form[] {
  const result: Form[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = attributes(match[1]!);
    const body = match[2]!;
    const hidden: [string, string][] = [];
    const fields: Field[] = [];
    const labels: string[] = [];
    for (const input of body.matchAll(/<input\b[^>]*>/g)) {
      const a = attributes(input[0]);
      if (!a.name) continue;
      const type = (a.type ?? "text").toLowerCase();
      if (type === "hidden") hidden.push([a.name, a.value ?? ""]);
      else if (type === "checkbox" || type === "radio") addValue(fields, a.name, type, a.value ?? "on");
      else if (type === "file") addValue(fields, a.name, "file", "");
      else if (type === "submit") addValue(fields, a.name, "submit", a.value ?? "");
      else addValue(fields, a.name, "text", a.value ?? "");
    }
    for (const area of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
      const a = attributes(area[1]!);
      if (a.name) addValue(fields, a.name, "textarea", decodeEntities(area[2]!));
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const a = attributes(select[1]!);
      if (!a.name) continue;
      for (const option of select[2]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)) {
        const o = attributes(option[1]!);
        addValue(fields, a.name, "select", o.value ?? stripTags(option[2]!));
      }
      if (!fields.some((field) => field.name === a.name)) addValue(fields, a.name, "select", "");
    }
    for (const button of body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)) {
      const a = attributes(button[1]!);
      if ((a.type ?? "submit") !== "submit") continue;
      labels.push(stripTags(button[2]!));
      if (a.name) addValue(fields, a.name, "submit", a.value ?? "");
    }
    const method = (attrs.method ?? "GET").toUpperCase() === "POST" ? "POST" : "GET";
    result.push({
      action: attrs.action || pagePath,
      method,
      enctype: attrs.enctype ?? "application/x-www-form-urlencoded",
      hidden,
      fields,
      label: labels.join(" / ") || stripTags(body).slice(0, 40),
      actionId: actionIdOf(hidden),
    });
  }
  return result;
}

function addValue(fields: Field[], name: string, kind: Field["kind"], value: string) {
  const existing = fields.find((field) => field.name === name);
  if (existing) existing.values.push(value);
  else fields.push({ name, kind, values: [value] });
}

/** `$ACTION_ID_<id>` for a plain action; the bound state's `{"id":"<id>",…}` for useActionState. */
function actionIdOf(hidden: [string, string][]): string | undefined {
  for (const [name, value] of hidden) {
    const plain = /^\$ACTION_ID_(\w+)$/.exec(name);
    if (plain) return plain[1];
    const bound = /^\$ACTION_\d+:0$/.test(name) ? /"id":"(\w+)"/.exec(value) : null;
    if (bound) return bound[1];
  }
  return undefined;
}

/** Same-site links, as paths with their query. */
export function links(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\shref="(\/[^"]*)"/g)) {
    const href = decodeEntities(match[1]!);
    if (!href.startsWith("//") && !href.startsWith("/_next/")) found.add(href.split("#")[0]!);
  }
  return [...found];
}
