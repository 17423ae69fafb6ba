// French number, date and plural helpers. Formatters are built once: toLocaleString() builds a new
// Intl formatter on every call, which costs milliseconds on a page that shows hundreds of counts.
// The English ones are in ./format-en.
const integerFormat = new Intl.NumberFormat("fr-FR");
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
const timeFormat = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
const pluralRules = new Intl.PluralRules("fr-FR");

export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

export function formatEuros(amount: number): string {
  return euroFormat.format(amount);
}

/** "1,5 M€": an amount in millions of euros, to one decimal. */
export function formatMillionsOfEuros(amount: number): string {
  return `${oneDecimalFormat.format(amount / 1_000_000)} M€`;
}

/** "12,5 %" for 0.125. */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "28 mars 2026 à 18:30", Paris time. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "14:05", Paris time. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/**
 * `one` or `other`, as the French plural rules pick for `n`: the singular below 2 (0 and 1.5
 * included), the plural from 2 on.
 */
export function plural(n: number, one: string, other: string): string {
  return pluralRules.select(n) === "one" ? one : other;
}

/** "1 jour", "1 234 jours". */
export function countOf(n: number, one: string, other: string): string {
  return `${formatInteger(n)} ${plural(n, one, other)}`;
}
