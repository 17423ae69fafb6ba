// How a URL carries its language: French at the plain paths, English under /en, and the switch
// that opens the same page, with the same query, in the other language.
import { describe, expect, it } from "vitest";
import { GET as switchLanguage } from "@/app/[lang]/langue/route";
import { localePath, splitLangPrefix, switchHref, twinPath } from "./lang";

describe("language in the URL", () => {
  it("puts English under /en and leaves French as it is", () => {
    expect(localePath("fr", "/startups?q=robot")).toBe("/startups?q=robot");
    expect(localePath("en", "/startups?q=robot")).toBe("/en/startups?q=robot");
    expect(localePath("en", "/")).toBe("/en");
  });

  it("reads the prefix, and only a whole segment", () => {
    expect(splitLangPrefix("/en/startups/neptunia")).toEqual({ lang: "en", path: "/startups/neptunia" });
    expect(splitLangPrefix("/en")).toEqual({ lang: "en", path: "/" });
    expect(splitLangPrefix("/startups")).toEqual({ lang: "fr", path: "/startups" });
    expect(splitLangPrefix("/english")).toEqual({ lang: "fr", path: "/english" });
  });

  it("finds a page's twin with the same path and query", () => {
    expect(twinPath("/startups?q=robot&metropole=caen&page=2", "en")).toBe("/en/startups?q=robot&metropole=caen&page=2");
    expect(twinPath("/en/startups?q=robot&metropole=caen&page=2", "fr")).toBe("/startups?q=robot&metropole=caen&page=2");
    expect(twinPath("/en/statistiques", "en")).toBe("/en/statistiques");
    expect(twinPath("/compte#securite", "en")).toBe("/en/compte#securite");
  });
});

describe("the language switch (/langue)", () => {
  const request = (query: string, headers: Record<string, string> = {}) =>
    switchLanguage(new Request(`http://localhost:3000/langue?${query}`, { headers: { host: "localhost:3000", ...headers } }));

  it("opens the twin page and remembers the choice", () => {
    const response = request(new URLSearchParams({ vers: "en", retour: "/startups?q=robot&page=2" }).toString());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/en/startups?q=robot&page=2");
    expect(response.headers.get("set-cookie")).toMatch(/^langue=en;/);
  });

  it("uses the page the link was on when the link names none (before JavaScript runs)", () => {
    const response = request("vers=fr", { referer: "http://localhost:3000/en/statistiques?metropole=rouen" });
    expect(response.headers.get("location")).toBe("/statistiques?metropole=rouen");
  });

  it("never leaves the site, whatever it is given", () => {
    for (const retour of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "/a b"]) {
      const location = request(new URLSearchParams({ vers: "en", retour }).toString()).headers.get("location") ?? "";
      expect(location.startsWith("/")).toBe(true);
      expect(location.startsWith("//")).toBe(false);
      expect(location).not.toContain("evil");
    }
    expect(request("vers=en", { referer: "https://evil.example/startups" }).headers.get("location")).toBe("/en/startups");
    expect(request("vers=de").headers.get("location")).toBe("/startups");
    expect(request("vers=en&vers=fr").headers.get("location")).toBe("/startups");
  });

  it("builds the switch's link", () => {
    expect(switchHref("en", "/startups?q=a")).toBe("/langue?vers=en&retour=%2Fstartups%3Fq%3Da");
  });
});
