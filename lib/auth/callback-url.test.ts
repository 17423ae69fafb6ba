// next-auth answers a callback URL it cannot parse with a 500; the route refuses it first (fuzz test).
import { describe, expect, it } from "vitest";
import { invalidCallbackUrl, isValidCallbackUrl } from "./callback-url";

const base = "http://127.0.0.1:3000/api/auth";

describe("callback URLs", () => {
  it("accepts what next-auth accepts: a path or an http(s) URL", () => {
    expect(isValidCallbackUrl("/espace", base)).toBe(true);
    expect(isValidCallbackUrl("https://evil.example/", base)).toBe(true); // the redirect callback keeps it on the site
    for (const value of ["abc", "%", "\ufffd\ufffd", "javascript:alert(1)", "//"]) expect(isValidCallbackUrl(value, base), value).toBe(false);
  });

  it("finds a bad one in the query or in next-auth's cookie", () => {
    expect(invalidCallbackUrl(new Request("http://127.0.0.1:3000/api/auth/session?callbackUrl=%25"))).toBe("query");
    expect(invalidCallbackUrl(new Request("http://127.0.0.1:3000/api/auth/session", { headers: { cookie: "a=1; next-auth.callback-url=abc" } }))).toBe("cookie");
    expect(invalidCallbackUrl(new Request("http://127.0.0.1:3000/api/auth/session?callbackUrl=%2Fespace", { headers: { cookie: "next-auth.callback-url=%2Fespace" } }))).toBeNull();
  });
});
