// Which member commune a typed text names. Pure (no data loading), so the profile form runs the
// same matching in the browser as the server action and the CSV import run on the server.
export type MatchableCommune = { code: string; name: string; postalCodes: readonly string[]; label: string };

export type CommuneMatch<C extends MatchableCommune> =
  | { kind: "one"; commune: C }
  | { kind: "many"; candidates: C[] }
  | { kind: "none" };

const INSEE_CODE = /^\d[\dab]\d{3}$/i;
const POSTAL_CODE = /^\d{5}$/;
const NAME_WITH_POSTAL_CODE = /^(.*?)\s*\(\s*(\d{5})(?:\s*,\s*\d{5})*\s*\)$/;

/** "Hérouville-Saint-Clair" and "herouville st clair" → "herouville saint clair". */
export function normalizeCommuneName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-'’‘`_.]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\bste\b/g, "sainte")
    .replace(/\bst\b/g, "saint");
}

function result<C extends MatchableCommune>(found: C[]): CommuneMatch<C> {
  const unique = [...new Map(found.map((commune) => [commune.code, commune])).values()];
  const [first] = unique;
  if (first && unique.length === 1) return { kind: "one", commune: first };
  return unique.length ? { kind: "many", candidates: unique } : { kind: "none" };
}

/**
 * Accepts the list's label, the INSEE code, the name (any case, accents, hyphens and
 * apostrophes optional, "St" for "Saint"), "Name (postal code)", and a postal code of one
 * commune. A text that fits several communes (a shared postal code, a name used twice, a
 * postal code that is another commune's INSEE code) gives them all, for the user to pick.
 * `inseeCodeFirst`: a 5-character code is read as an INSEE code before a postal code (the
 * CSV import's column is documented as an INSEE code).
 */
export function matchCommune<C extends MatchableCommune>(
  input: string,
  communes: readonly C[],
  { inseeCodeFirst = false }: { inseeCodeFirst?: boolean } = {},
): CommuneMatch<C> {
  const text = input.trim();
  if (!text) return { kind: "none" };
  const key = normalizeCommuneName(text);

  const byLabel = communes.filter((commune) => normalizeCommuneName(commune.label) === key);
  if (byLabel.length) return result(byLabel);

  if (INSEE_CODE.test(text) || POSTAL_CODE.test(text)) {
    const byCode = communes.filter((commune) => commune.code.toLowerCase() === text.toLowerCase());
    if (inseeCodeFirst && byCode.length) return result(byCode);
    const byPostalCode = communes.filter((commune) => commune.postalCodes.includes(text));
    return result([...byCode, ...byPostalCode]);
  }

  const withPostalCode = NAME_WITH_POSTAL_CODE.exec(text);
  if (withPostalCode) {
    const [, name = "", postalCode = ""] = withPostalCode;
    const nameKey = normalizeCommuneName(name);
    const found = communes.filter(
      (commune) => normalizeCommuneName(commune.name) === nameKey && commune.postalCodes.includes(postalCode),
    );
    if (found.length) return result(found);
  }

  return result(communes.filter((commune) => normalizeCommuneName(commune.name) === key));
}

/** The communes whose name or postal code starts with what is typed: the combobox's suggestions. */
export function suggestCommunes<C extends MatchableCommune>(input: string, communes: readonly C[], limit = 8): C[] {
  const key = normalizeCommuneName(input);
  if (!key) return [];
  const starts: C[] = [];
  const contains: C[] = [];
  for (const commune of communes) {
    const name = normalizeCommuneName(commune.name);
    if (name.startsWith(key) || commune.postalCodes.some((code) => code.startsWith(key)) || commune.code === key) starts.push(commune);
    else if (name.includes(key)) contains.push(commune);
  }
  return [...starts, ...contains].slice(0, limit);
}
