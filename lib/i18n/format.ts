// French number and date formats. Formatters are built once: toLocaleString() builds a new Intl
// formatter on every call, which costs milliseconds on a page that shows hundreds of counts.
const integerFormat = new Intl.NumberFormat("fr-FR");
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const timeFormat = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

export function formatEuros(amount: number): string {
  return euroFormat.format(amount);
}

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "14:05", Paris time. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}
