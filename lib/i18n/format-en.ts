// English (en-GB) number, date and plural helpers for the English dictionary. The French ones
// stay in ./format. Formatters are built once, for the same reason as there: toLocaleString()
// builds a new Intl formatter on every call.
const integerFormat = new Intl.NumberFormat("en-GB");
const euroFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Paris" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
const pluralRules = new Intl.PluralRules("en-GB");

/** "1,234". */
export function formatIntegerEn(n: number): string {
  return integerFormat.format(n);
}

/** "€1,500,000". */
export function formatEurosEn(amount: number): string {
  return euroFormat.format(amount);
}

/** "€1.5M": an amount in millions of euros, to one decimal. */
export function formatMillionsOfEurosEn(amount: number): string {
  return `€${oneDecimalFormat.format(amount / 1_000_000)}M`;
}

/** "12.5%" for 0.125. */
export function formatPercentEn(share: number): string {
  return percentFormat.format(share);
}

/** "28 March 2026", Paris time. */
export function formatDateEn(date: Date): string {
  return dateFormat.format(date);
}

/** "28 March 2026 at 18:30", Paris time. */
export function formatDateTimeEn(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "14:05", Paris time. */
export function formatTimeEn(date: Date): string {
  return timeFormat.format(date);
}

/** `one` or `other`, as the English plural rules pick for `n` (1 → one; 0, 2, 1.5 → other). */
export function plural(n: number, one: string, other: string): string {
  return pluralRules.select(n) === "one" ? one : other;
}

/** "1 startup", "1,234 startups". */
export function countOf(n: number, one: string, other: string): string {
  return `${formatIntegerEn(n)} ${plural(n, one, other)}`;
}
