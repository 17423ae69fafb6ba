// Every entry point the fuzzer reaches: the pages and route handlers, named by their public URL
// template and the people who open them. `uncatalogued()` compares this list with the app/ tree,
// so a new page or route handler fails the run until it is listed here.
import fs from "node:fs";
import path from "node:path";

/** anon: nobody signed in; member: a fresh, verified account; owner: a demo member with profiles; moderator: the demo moderator (TOTP). */
export type Role = "anon" | "member" | "owner" | "moderator";

export type Target = {
  /** The public URL template; `[x]` is a dynamic segment filled with real values and generated ones. */
  template: string;
  roles: Role[];
  kind: "page" | "route";
  /** Methods to send besides GET (a route handler's own, or wrong ones, which must get a 4xx). */
  methods?: string[];
};

const ANY_METHOD = ["HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"];

export const TARGETS: Target[] = [
  // The public site.
  { template: "/", roles: ["anon"], kind: "page" },
  { template: "/a-propos", roles: ["anon"], kind: "page" },
  { template: "/donnees-ouvertes", roles: ["anon"], kind: "page" },
  // A 404 here: the fuzz server does not set ERROR_PROBE.
  { template: "/essai-erreur", roles: ["anon"], kind: "page" },
  { template: "/startups", roles: ["anon", "member"], kind: "page", methods: ["HEAD", "POST"] },
  { template: "/startups/[slug]", roles: ["anon"], kind: "page" },
  { template: "/statistiques", roles: ["anon"], kind: "page" },
  { template: "/evenements", roles: ["anon"], kind: "page" },
  { template: "/evenements/[slug]", roles: ["anon"], kind: "page" },
  { template: "/compte/connexion", roles: ["anon", "member"], kind: "page" },
  { template: "/compte/inscription", roles: ["anon"], kind: "page" },
  { template: "/compte/mot-de-passe-oublie", roles: ["anon"], kind: "page" },
  { template: "/compte/reinitialiser", roles: ["anon"], kind: "page" },
  { template: "/compte/verifier", roles: ["anon", "member"], kind: "page" },
  { template: "/robots.txt", roles: ["anon"], kind: "route" },
  { template: "/manifest.webmanifest", roles: ["anon"], kind: "route" },
  { template: "/sitemap.xml", roles: ["anon"], kind: "route" },
  { template: "/sitemaps/[file]", roles: ["anon"], kind: "route" },
  // Internal paths of the page cache: refused from outside.
  { template: "/interne/[name]/[version]/[key]", roles: ["anon"], kind: "page" },
  // The language switch (a redirect that sets the cookie), and the English twins of the public
  // pages (every page is under app/[lang]: the same code answers both prefixes).
  { template: "/langue", roles: ["anon"], kind: "route" },
  { template: "/en/startups", roles: ["anon"], kind: "page" },
  { template: "/en/startups/[slug]", roles: ["anon"], kind: "page" },
  { template: "/en/compte/inscription", roles: ["anon"], kind: "page" },
  { template: "/en/espace/[id]/modifier", roles: ["owner", "member"], kind: "page" },
  // Anything else: the not-found page.
  { template: "/[unknown]", roles: ["anon"], kind: "page", methods: ANY_METHOD },
  // Route handlers.
  { template: "/api/health/live", roles: ["anon"], kind: "route", methods: ANY_METHOD },
  { template: "/api/health/ready", roles: ["anon"], kind: "route" },
  { template: "/api/v1/startups", roles: ["anon"], kind: "route", methods: ANY_METHOD },
  { template: "/api/v1/startups.csv", roles: ["anon"], kind: "route" },
  { template: "/api/v1/stats", roles: ["anon"], kind: "route" },
  { template: "/api/v1/stats.csv", roles: ["anon"], kind: "route" },
  { template: "/api/v1/events", roles: ["anon"], kind: "route" },
  { template: "/api/v1/events.csv", roles: ["anon"], kind: "route" },
  { template: "/api/v1/openapi.json", roles: ["anon"], kind: "route" },
  { template: "/api/v1/territoire.topojson", roles: ["anon"], kind: "route" },
  { template: "/evenements/calendrier.ics", roles: ["anon"], kind: "route" },
  { template: "/evenements/[slug]/calendrier.ics", roles: ["anon"], kind: "route" },
  { template: "/startups/[slug]/logo", roles: ["anon"], kind: "route" },
  { template: "/api/auth/[action]", roles: ["anon"], kind: "route", methods: ["POST"] },
  { template: "/api/auth/callback/credentials", roles: ["anon"], kind: "route", methods: ["POST"] },
  // The account and the startup space.
  { template: "/compte", roles: ["member", "anon"], kind: "page" },
  { template: "/compte/double-authentification", roles: ["member", "moderator"], kind: "page" },
  { template: "/compte/export", roles: ["member", "anon"], kind: "route", methods: ["POST"] },
  { template: "/espace", roles: ["owner", "anon"], kind: "page" },
  { template: "/espace/nouvelle", roles: ["member"], kind: "page" },
  { template: "/espace/invitation", roles: ["member"], kind: "page" },
  { template: "/espace/confirmer", roles: ["anon", "member"], kind: "page" },
  { template: "/espace/evenements", roles: ["owner"], kind: "page" },
  { template: "/espace/evenements/[id]/modifier", roles: ["owner", "member"], kind: "page" },
  { template: "/espace/[id]", roles: ["owner", "member"], kind: "page" },
  { template: "/espace/[id]/modifier", roles: ["owner", "member"], kind: "page" },
  { template: "/espace/[id]/logo", roles: ["owner", "member"], kind: "route" },
  // Moderation and administration (the moderator, and a member who must be refused).
  { template: "/admin", roles: ["moderator", "member"], kind: "page" },
  { template: "/admin/demandes", roles: ["moderator"], kind: "page" },
  { template: "/admin/evenements", roles: ["moderator"], kind: "page" },
  { template: "/admin/evenements/nouveau", roles: ["moderator"], kind: "page" },
  { template: "/admin/fiches/[slug]", roles: ["moderator", "member"], kind: "page" },
  { template: "/admin/revisions/[id]", roles: ["moderator", "member"], kind: "page" },
  { template: "/admin/revisions/[id]/logo", roles: ["moderator", "anon"], kind: "route" },
  { template: "/admin/journal", roles: ["moderator"], kind: "page" },
  { template: "/admin/fiches-a-verifier", roles: ["moderator", "member"], kind: "page" },
  { template: "/admin/secteurs", roles: ["moderator"], kind: "page" },
  { template: "/admin/utilisateurs", roles: ["moderator"], kind: "page" },
  { template: "/admin/import", roles: ["moderator"], kind: "page" },
  { template: "/admin/export.csv", roles: ["moderator", "member"], kind: "route" },
];

/** Every query parameter name the app reads somewhere; each page also gets the names its own forms and links use. */
export const KNOWN_PARAMS = [
  "q", "metropole", "commune", "secteur", "stade", "recrute", "annee_min", "annee_max", "effectif", "tri", "page", "vue", "taille",
  "carte", "serie", "annee", "type", "mois", "gratuit", "jour", "v", "version", "etat", "retour", "jeton", "envoye", "bienvenue",
  "action", "acteur", "callbackUrl", "error", "csrf", "fraicheur", "tri_communes",
];

/** The public URL template of an app/ file (page.tsx, route.ts and the metadata routes), or null for other files. */
export function templateOf(file: string): string | null {
  const relative = file.split(path.sep).join("/");
  const special: Record<string, string> = { "robots.ts": "/robots.txt", "manifest.ts": "/manifest.webmanifest" };
  if (special[relative]) return special[relative];
  const match = /^(?:(.*)\/)?(page\.tsx|route\.ts)$/.exec(relative);
  if (!match) return null;
  const segments = (match[1] ?? "").split("/").filter((segment) => segment && !/^\(.*\)$/.test(segment));
  // app/[lang]/…: the language is the URL's optional prefix, not a segment of its own.
  if (segments[0] === "[lang]") segments.shift();
  // The catch-all that gives unknown URLs the localized not-found page.
  if (segments.length === 1 && segments[0] === "[...missing]") return "/[unknown]";
  return `/${segments.join("/")}`;
}

function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/** The templates of app/ that no target covers (the page cache's internal pages count as one). */
export function uncatalogued(appDir = "app"): string[] {
  const listed = new Set(TARGETS.map((target) => target.template));
  const covers = (template: string) =>
    listed.has(template) ||
    (template.startsWith("/interne/") && listed.has("/interne/[name]/[version]/[key]")) ||
    (template === "/api/auth/[...nextauth]" && listed.has("/api/auth/[action]"));
  return walk(appDir)
    .map(templateOf)
    .filter((template): template is string => template !== null && !covers(template));
}
