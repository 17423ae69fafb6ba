// Odd addresses get an answer an HTTP client can read (found by the fuzz test): a trailing slash is
// dropped by proxy.ts after its guards, and an address past the limit is a 414 in words, where
// Next echoed it twice in its headers, past the 16 kB that Node's fetch reads.
import { MAX_URL_LENGTH } from "../lib/http/request-guards";
import { expect, test } from "./test";

test("a trailing slash redirects to the page, on this site, with its query", async ({ request, baseURL }) => {
  const slash = await request.get("/startups/?q=robot", { maxRedirects: 0 });
  expect(slash.status()).toBe(308);
  expect(slash.headers()["location"]).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/startups\?q=robot$/);
  const english = await request.get("/en/a-propos/", { maxRedirects: 0 });
  expect(english.headers()["location"]).toMatch(/\/en\/a-propos$/);
  // Not an open redirect: `//host/` stays here (Next collapses the slashes, then the proxy drops the last).
  const elsewhere = await request.get(`${baseURL}//evil.example/`, { maxRedirects: 0 });
  const target = new URL(elsewhere.headers()["location"] ?? "", baseURL);
  expect(target.origin).toBe(new URL(baseURL!).origin);
  expect(target.pathname).toMatch(/^\/evil\.example\/?$/);
  expect((await request.get("/startups/?q=robot")).status()).toBe(200);
});

test("an address past the limit is a 414 in words, whatever it ends with", async ({ request }) => {
  const long = "x".repeat(MAX_URL_LENGTH);
  for (const url of [`/startups?q=${long}`, `/startups/?q=${long}`, `/en/compte/connexion?retour=/${long}`, `/api/v1/startups?q=${long}`]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url.slice(0, 30)).toBe(414);
    expect(await response.text()).toMatch(/^(Adresse trop longue|Address too long)/);
  }
  // Just under it, the page answers as usual.
  expect((await request.get(`/startups?q=${"x".repeat(100)}`)).status()).toBe(200);
});
