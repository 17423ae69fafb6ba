// Query parameters as pages receive them. Next gives a string, an array when the parameter is
// repeated (`?q=a&q=b`), or nothing; a crafted URL must get an ordinary page, never a 500.

export type PageParam = string | string[] | undefined;

// No parameter a page reads holds control characters; a NUL byte would even make PostgreSQL
// refuse the whole query ("invalid byte sequence"), which the page would answer with a 500.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The first value of a parameter, without control characters, cut to `max` characters (no page needs more). */
export function singleParam(value: PageParam, max = 500): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first.replace(CONTROL_CHARACTERS, "").slice(0, max) : undefined;
}

/** The entry of a lookup table for a parameter; own keys only, so "__proto__" or "constructor" finds nothing. */
export function lookup<T>(table: Readonly<Record<string, T>>, value: PageParam): T | undefined {
  const key = singleParam(value, 100);
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
