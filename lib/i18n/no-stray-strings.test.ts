// Every user-facing text lives in the dictionary (./fr and its parts), so that the English pages
// can swap it whole. This test reads app/ and components/ with the TypeScript parser (comments are
// not nodes, so they never count) and fails on what looks like text outside it:
// - any JSX text with a word in it, and any word in an attribute that is read out or shown
//   (aria-label, title, alt, placeholder): a page's words are never typed in its markup;
// - any string or template literal that looks French (accents, guillemets, a typographic
//   apostrophe, French spacing before punctuation, or several French function words).
// A heuristic: an unaccented French string outside JSX ("Erreur") slips through; the review
// catches those. What it does catch, it catches without exception, except the allow-list below.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "components"];

// Literals that look like text but are not the dictionary's business. Keep it short, and say why.
const ALLOWED: { file: string; text: string; why: string }[] = [
  // An HTTP method shown as code beside each open-data endpoint: the same in every language.
  { file: "app/[lang]/donnees-ouvertes/page.tsx", text: "GET", why: "HTTP method" },
];

type Stray = { file: string; line: number; text: string };

const USER_FACING_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "alt", "placeholder"]);
/** A word, in markup: letters that are not only a URL's scheme ("https://"). */
const hasWord = (text: string) => /\p{L}{2}/u.test(text.replace(/^https?:\/\/\S*$/, ""));

const FRENCH_LETTERS = /[àâçéèêëîïôùûüÿœæ«»’]/i;
// French typography: a (narrow) non-breaking space, or a plain one, before : ; ? ! after a word.
const FRENCH_SPACING = /\p{L}[\u00a0\u202f ][;?!]|\p{L}[\u00a0\u202f]:/u;
const FRENCH_WORDS = /(?:^|[\s'’(])(?:le|la|les|des|du|une|est|et|avec|dans|pour|vous|votre|vos|nous|sur|aux|pas|ne|au|en|à)(?=[\s.,:;!?)])/gi;

/** True when a string literal reads like French prose rather than a key, class name or URL. */
function looksFrench(text: string): boolean {
  return FRENCH_LETTERS.test(text) || FRENCH_SPACING.test(text) || (text.match(FRENCH_WORDS)?.length ?? 0) >= 2;
}

/** The literals of one source file that look like user-facing text. */
function strays(file: string, source: string): Stray[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Stray[] = [];
  const report = (node: ts.Node, text: string) => found.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node): void => {
    // Module specifiers ("@/lib/i18n/fr") are paths, not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (hasWord(text)) report(node, text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const attribute = ts.isJsxAttribute(node.parent) ? node.parent.name.getText() : null;
      if (looksFrench(node.text) || (attribute && USER_FACING_ATTRIBUTES.has(attribute) && hasWord(node.text))) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      // The literal parts joined, so "Bonjour ${name}, votre fiche…" is judged as a whole.
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("…");
      if (looksFrench(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isAllowed = (stray: Stray) => ALLOWED.some((entry) => entry.file === stray.file && entry.text === stray.text);

describe("user-facing text outside the dictionary", () => {
  it("is caught by the detector, in JSX and in string literals, but not in comments, keys or class names", () => {
    const action = [
      '"use server";',
      "// Ce commentaire en français ne compte pas.",
      'const state = { status: "error", message: "Ce lien d’invitation n’est pas valable." };',
      "const other = `Réessayez dans ${n} minutes`;",
      'const keys = ["/compte/connexion?retour=/espace", "rounded-md bg-brand-700 px-4 py-2", "startup.import", "le-havre"];',
    ].join("\n");
    expect(strays("app/x/actions.ts", action).map((stray) => stray.line)).toEqual([3, 4]);

    const page = [
      "export function Page() {",
      "  return (",
      "    <div className=\"space-y-4\">",
      "      {/* Un commentaire JSX non plus. */}",
      "      <Notice tone=\"info\">Votre fiche est en cours de relecture. Retirez-la de la relecture pour la modifier.</Notice>",
      "      <a href=\"https://www.etalab.gouv.fr/\">",
      "        Licence Ouverte / Etalab 2.0",
      "      </a>",
      "      <p aria-label=\"Tableau des communes\">{t.intro} · {count}</p>",
      "      <input name=\"website\" placeholder=\"https://\" aria-label={t.website} className=\"w-full\" />",
      "    </div>",
      "  );",
      "}",
    ].join("\n");
    expect(strays("app/x/page.tsx", page)).toEqual([
      { file: "app/x/page.tsx", line: 5, text: "Votre fiche est en cours de relecture. Retirez-la de la relecture pour la modifier." },
      { file: "app/x/page.tsx", line: 7, text: "Licence Ouverte / Etalab 2.0" },
      { file: "app/x/page.tsx", line: 9, text: "Tableau des communes" },
    ]);

    expect(looksFrench("Le formulaire contient des erreurs : corrigez les champs signalés.")).toBe(true);
    expect(looksFrench("Connectez-vous pour voir la fiche")).toBe(true);
    expect(looksFrench("Not found")).toBe(false);
    expect(looksFrench("attachment; filename=\"export.csv\"")).toBe(false);
    expect(looksFrench("/startups?commune=14118&vue=carte")).toBe(false);
  });

  it("finds none in app/ and components/, except the allow-list", () => {
    const found = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((full) =>
      strays(path.relative(ROOT, full).split(path.sep).join("/"), fs.readFileSync(full, "utf8")),
    );
    expect(found.filter((stray) => !isAllowed(stray)).map((stray) => `${stray.file}:${stray.line} ${JSON.stringify(stray.text)}`)).toEqual([]);
    // The allow-list stays honest: each entry still matches something in the code.
    expect(ALLOWED.filter((entry) => !found.some((stray) => stray.file === entry.file && stray.text === entry.text))).toEqual([]);
  });
});
