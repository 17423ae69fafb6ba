// The requests that Next would answer with a 500 (found by the fuzz test) get a 4xx from the proxy.
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "./action-body-limit.js";
import { guardRequest, hasForeignOrigin, isMalformedPath, isPlausibleActionBody, MAX_URL_LENGTH } from "./request-guards";

const post = (headers: Record<string, string>, body = "") => new Request("http://127.0.0.1:3000/compte/inscription", { method: "POST", headers, body });

describe("request guards", () => {
  it("refuses a malformed escape in the path", async () => {
    expect(isMalformedPath("/sitemaps/%ff")).toBe(true);
    expect(isMalformedPath("/admin/fiches/%")).toBe(true);
    expect(isMalformedPath("/startups/caf%C3%A9")).toBe(false);
    expect((await guardRequest(new Request("http://127.0.0.1:3000/sitemaps/%ff"), "/sitemaps/%ff"))?.status).toBe(400);
    // The API too: next-auth's catch-all answered `/api/auth/%` with a bare 500.
    expect((await guardRequest(new Request("http://127.0.0.1:3000/api/auth/%", { method: "POST" }), "/api/auth/%"))?.status).toBe(400);
  });

  it("refuses an address past the limit with a 414 in words, and lets one at the limit through", async () => {
    const at = (length: number) => `/startups?q=${"a".repeat(length - "/startups?q=".length)}`;
    const long = await guardRequest(new Request(`http://127.0.0.1:3000${at(MAX_URL_LENGTH + 1)}`), "/startups");
    expect(long?.status).toBe(414);
    expect(await long?.text()).toBe("Adresse trop longue : elle dépasse 2\u202f048 caractères. Revenez à la page précédente.");
    expect(await guardRequest(new Request(`http://127.0.0.1:3000${at(MAX_URL_LENGTH)}`), "/startups")).toBeNull();
    // Counted as sent: 700 escaped characters are 2,100.
    expect((await guardRequest(new Request(`http://127.0.0.1:3000/startups?q=${"%C3%A9".repeat(350)}`), "/startups"))?.status).toBe(414);
  });

  it("follows Next's CSRF rule for server actions, with a 403 instead of its 500", async () => {
    const read = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;
    expect(hasForeignOrigin(read({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(hasForeignOrigin(read({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(hasForeignOrigin(read({ host: "site.fr", "x-forwarded-host": "site.fr, proxy", origin: "https://site.fr" }))).toBe(false);
    expect(hasForeignOrigin(read({ host: "127.0.0.1:3000", origin: "https://evil.example" }))).toBe(true);
    expect(hasForeignOrigin(read({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(hasForeignOrigin(read({ host: "127.0.0.1:3000", origin: "::::" }))).toBe(true);
    const refused = await guardRequest(post({ host: "127.0.0.1:3000", origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }), "/compte/inscription");
    expect(refused?.status).toBe(403);
    expect(await refused?.text()).toMatch(/Formulaire refusé/);
    // A GET, or a route handler's post, is none of this guard's business.
    expect(await guardRequest(new Request("http://127.0.0.1:3000/startups", { headers: { origin: "https://evil.example" } }), "/startups")).toBeNull();
  });

  it("refuses a plain-text Next-Action body that React's client never sends", async () => {
    expect(isPlausibleActionBody('[{"status":"idle"},"$$x","$undefined","$D2020-01-01T00:00:00.000Z"]')).toBe(true);
    expect(isPlausibleActionBody("[1,2] x")).toBe(false);
    expect(isPlausibleActionBody('{"a":1}')).toBe(false);
    expect(isPlausibleActionBody('["$K1"]')).toBe(false);
    expect(isPlausibleActionBody('[{"$@1":1}]')).toBe(false);
    expect(isPlausibleActionBody(JSON.stringify(["a".repeat(1_100_000)]))).toBe(false);
    const headers = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "next-action": "abc", "content-type": "text/plain;charset=UTF-8" };
    expect((await guardRequest(post(headers, '["$K1"]'), "/compte/inscription"))?.status).toBe(400);
    expect(await guardRequest(post(headers, '[{"status":"idle"}]'), "/compte/inscription")).toBeNull();
  });

  it("refuses a form post whose action fields are not JSON, or a multipart body without a boundary", async () => {
    const headers = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
    const form = (state: string) => {
      const body = new FormData();
      body.append("$ACTION_REF_1", "");
      body.append("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
      body.append("$ACTION_1:1", state);
      body.append("email", "a@b.fr");
      return new Request("http://127.0.0.1:3000/compte/inscription", { method: "POST", headers, body });
    };
    expect(await guardRequest(form('[{"status":"idle"}]'), "/compte/inscription")).toBeNull();
    expect((await guardRequest(form('[{"status":"idle"}]x'), "/compte/inscription"))?.status).toBe(400);
    expect((await guardRequest(post({ ...headers, "content-type": "multipart/form-data; boundary=" }, "x"), "/startups"))?.status).toBe(400);
  });

  it("refuses a multipart Next-Action call whose argument parts exceed React's decoding limit, not a long form field", async () => {
    const call = (parts: Record<string, string>) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(parts)) body.append(name, value);
      return new Request("http://127.0.0.1:3000/admin/revisions/x", { method: "POST", headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "next-action": "abc" }, body });
    };
    // Found by the fuzz test: React throws "Maximum array nesting exceeded" past a million slots.
    expect((await guardRequest(call({ "0": JSON.stringify([["9".repeat(1_100_000)]]) }), "/admin/revisions/x"))?.status).toBe(400);
    expect(await guardRequest(call({ "0": '["$K1"]', "1_description": "é".repeat(1_100_000) }), "/admin/revisions/x")).toBeNull();
  });

  it("refuses a server action's body past Next's limit with a French 413, declared or chunked", async () => {
    const headers = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
    const logoForm = (bytes: number) => {
      const body = new FormData();
      body.append("$ACTION_REF_1", "");
      body.append("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
      body.append("$ACTION_1:1", '[{"status":"idle"}]');
      body.append("logo", new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" }));
      return new Request("http://127.0.0.1:3000/espace/s", { method: "POST", headers, body });
    };
    const refused = await guardRequest(logoForm(ACTION_BODY_LIMIT_BYTES + 1), "/espace/s");
    expect(refused?.status).toBe(413);
    expect(await refused?.text()).toMatch(/dépasse 3 Mo/);
    // A 2 MB logo, the largest allowed, goes through with its form around it.
    expect(await guardRequest(logoForm(2 * 1024 * 1024), "/espace/s")).toBeNull();
    const declared = post({ ...headers, "next-action": "abc", "content-type": "text/plain", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }, "[]");
    expect((await guardRequest(declared, "/compte/inscription"))?.status).toBe(413);
  });
});
