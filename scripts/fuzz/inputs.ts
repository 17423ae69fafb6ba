// The generated inputs (fast-check): hostile strings and bytes, query strings, form fields,
// headers. Every request is drawn from its own seed (the run's seed, the entry point, the index),
// so a finding replays with `--seed N --only <entry>` whatever the concurrency.
import fc from "fast-check";

/** A field value: text, or raw bytes (non-UTF-8 included), or a file for file inputs. */
export type Value = string | Buffer | { file: Buffer; filename: string; type: string };

const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "%00",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "' OR 1=1 --",
  "'; drop table users; --",
  "\\",
  "\"",
  "'",
  "`",
  "$1",
  "$$",
  "%",
  "%s%s%n",
  "{{7*7}}",
  "${7*7}",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "0",
  "-0",
  "1e309",
  "0x1f",
  "99999999999999999999999999",
  "9007199254740993",
  "2.5",
  "1,5",
  "true",
  "false",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"a":1}',
  '["$@1"]',
  "$K1",
  "$Q",
  "$undefined",
  "\uD800",
  "\uDFFF",
  "\uFEFF",
  "\u202Etxt.exe",
  "\u200B",
  "🇫🇷🥐",
  "e\u0301",
  "\r\n",
  "\t",
  "a\r\nSet-Cookie: x=1",
  "Ünïcödé Çaen",
  "caen",
  "rouen",
  "le-havre",
  "14118",
  "76540",
  "2A004",
  "published",
  "pending",
  "draft",
  "approve",
  "reject",
  "up",
  "down",
  "on",
  "1",
  "2015",
  "2024-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "2026-06-15",
  "25:61",
  "10:30",
  "a@b",
  "a@b.c",
  "@exemple.fr",
  "fuzz@exemple.fr",
  "FUZZ@EXEMPLE.FR",
  "camille@exemple.fr",
  "moderation@exemple.fr",
  "https://exemple.fr",
  "http://",
  "https://linkedin.com/company/x",
  "https://x.com/a",
  "732829320",
  "123456789",
  "000000000",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid",
  "/",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example/",
  "/a",
  "/admin",
];

const nasty = fc.constantFrom(...NASTY);
const anyText = fc.string({ unit: "binary", maxLength: 40 });
const printable = fc.string({ unit: "grapheme-ascii", maxLength: 60 });
const lorem = fc.lorem({ maxCount: 30, mode: "words" });
const email = fc.oneof(fc.emailAddress(), fc.tuple(printable, nasty).map(([a, b]) => `${a}@${b}`));
const number = fc.oneof(fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String));

/** A long value: from a few hundred characters to a few megabytes (the action body limit is 3 MB). */
const oversized = fc
  .tuple(fc.constantFrom("a", "é", "\u0000", "<", "%", "9", "🥐", "a "), fc.constantFrom(300, 1000, 5000, 70_000, 300_000, 1_100_000))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const combined = fc.tuple(fc.oneof(nasty, printable), fc.oneof(nasty, anyText)).map(([a, b]) => a + b);

/** Text for a field or a parameter: mostly hostile, sometimes plausible, now and then huge. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: nasty },
  { weight: 4, arbitrary: anyText },
  { weight: 3, arbitrary: printable },
  { weight: 3, arbitrary: lorem },
  { weight: 2, arbitrary: email },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: combined },
  { weight: 1, arbitrary: oversized },
);

/** Bytes that are not valid UTF-8 (lone continuation bytes, overlong forms, truncated sequences). */
const badBytes = fc
  .tuple(printable, fc.constantFrom([0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xe2, 0x82], [0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]))
  .map(([prefix, bytes]) => Buffer.concat([Buffer.from(prefix), Buffer.from(bytes)]));

export const fieldValue: fc.Arbitrary<Value> = fc.oneof({ weight: 12, arbitrary: text }, { weight: 1, arbitrary: badBytes });

const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export const fileValue: fc.Arbitrary<Value> = fc.record({
  file: fc.oneof(
    fc.constant(PNG_1PX),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(Buffer.concat([PNG_1PX.subarray(0, 30), Buffer.alloc(200, 0xff)])),
    fc.constant(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")),
    fc.constant(Buffer.alloc(0)),
  ),
  filename: fc.oneof(fc.constantFrom("logo.png", "logo.svg", "../../x.png", "a\u0000.png", ""), printable),
  type: fc.constantFrom("image/png", "image/jpeg", "image/webp", "image/svg+xml", "application/octet-stream", "text/html", ""),
});

const paramName = (known: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: known.length ? fc.constantFrom(...known) : printable },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "a[]", "a[b]", "q[]", "__proto__[x]", "", "%", "%ff", "$ACTION_ID_x") },
    { weight: 1, arbitrary: printable },
  );

/** Percent-encodes any string, a lone surrogate as its replacement character. */
export function encode(value: string): string {
  // encodeURIComponent refuses lone surrogates; UTF-8 (what a browser sends) replaces them with
  // U+FFFD, as toWellFormed does. (Byte by byte, this was most of the fuzzer's own CPU time on
  // megabyte-long values.)
  return encodeURIComponent(value.toWellFormed());
}

/** A query string, raw (it may hold malformed escapes and non-UTF-8 bytes): repeated, array-valued, empty. */
export function queryString(known: string[]): fc.Arbitrary<string> {
  const pair = fc.tuple(paramName(known), fieldValue, fc.nat(9)).map(([name, value, style]) => {
    const key = style === 9 ? name : encode(name);
    if (Buffer.isBuffer(value)) return `${key}=${[...value].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")}`;
    // Past 20,000 characters a query string is refused whole (414) anyway; longer only costs the client.
    const v = (value as string).slice(0, 20_000);
    if (style === 0) return key; // no "=" at all
    if (style === 1) return `${key}=%${v.slice(0, 2)}`; // a malformed escape
    if (style === 2) return `${key}=${v.replace(/[#\s]/g, "+")}`.replace(/[^\x21-\x7e]/g, encode);
    return `${key}=${encode(v)}`;
  });
  return fc.array(pair, { maxLength: 8 }).map((pairs) => (pairs.length ? `?${pairs.join("&")}` : ""));
}

/** A path segment in place of a real id or slug. */
export const segment: fc.Arbitrary<string> = fc.oneof(
  text.map((value) => encode(value.slice(0, 3000)) || "x"),
  fc.uuid().map(String),
  fc.constantFrom("%ff", "%", "%2e%2e", "..", "%00", "a%2fb", "UPPER-Case", "x".repeat(300)),
);

const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code === 0x7f ? 0x20 : code)), maxLength: 200 });
const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`);

/**
 * Headers a hostile client may send. Always a forwarded-for address (the server trusts one proxy,
 * so each request counts as its own client), mostly a plausible one.
 */
export const headers: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      "x-forwarded-for": fc.oneof(
        { weight: 12, arbitrary: ip },
        { weight: 1, arbitrary: headerText },
        { weight: 1, arbitrary: fc.array(ip, { maxLength: 300 }).map((list) => list.join(", ")) },
        { weight: 1, arbitrary: fc.constant("x".repeat(8000)) },
      ),
      "accept-language": fc.oneof(fc.constantFrom("fr-FR,fr;q=0.9", "en", "*", "xx-ZZ;q=2", "fr;q=abc"), headerText),
      "user-agent": headerText,
      accept: fc.constantFrom("text/html", "*/*", "application/json", "text/x-component", "text/csv", "image/webp", "", "a/b;q=0"),
      referer: fc.oneof(fc.constantFrom("http://127.0.0.1/", "https://evil.example/", "not a url"), headerText),
      "if-none-match": fc.oneof(fc.constantFrom('"abc"', "*", 'W/"x"'), headerText),
      "if-modified-since": fc.oneof(fc.constantFrom("Thu, 01 Jan 1970 00:00:00 GMT", "yesterday"), headerText),
      range: fc.constantFrom("bytes=0-10", "bytes=-1", "bytes=999999999-", "bytes=a-b", "items=0-1"),
      rsc: fc.constantFrom("1", "0", "x"),
      "next-router-prefetch": fc.constantFrom("1", "x"),
      "next-router-state-tree": fc.oneof(fc.constantFrom("%5B%22%22%5D", "[]", "%ff", "null"), headerText),
      "next-url": fc.oneof(fc.constantFrom("/admin", "/startups", "%ff"), headerText),
      cookie: fc.oneof(
        fc.constantFrom("next-auth.session-token=abc", "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z", "__proto__=1", "a=%ff"),
        headerText.map((value) => `next-auth.session-token=${value}`),
        headerText,
      ),
      "content-type": fc.constantFrom("text/plain", "application/json", "multipart/form-data", "multipart/form-data; boundary=", "application/x-www-form-urlencoded; charset=latin1", "x/y"),
      "x-forwarded-host": fc.constantFrom("evil.example", "127.0.0.1:1", "%ff"),
      "x-forwarded-proto": fc.constantFrom("https", "gopher", ""),
    },
    { requiredKeys: ["x-forwarded-for"] },
  )
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Record<string, string>);

/** Deterministic draw: one value of `arbitrary` for this (run seed, entry, index). */
export function draw<T>(arbitrary: fc.Arbitrary<T>, seed: number, entry: string, index: number): T {
  return fc.sample(arbitrary, { seed: mix(seed, entry, index), numRuns: 1 })[0]!;
}

function mix(seed: number, entry: string, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const char of `${entry}#${index}`) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return h | 0;
}
