import { describe, expect, it } from "vitest";
import { fr } from "@/lib/i18n/fr";
import { unlessDatabaseDown } from "@/lib/server-actions";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("unlessDatabaseDown", () => {
  it("answers the French 'try again' message with what was typed when any read fails on a database that is down", async () => {
    const input = form({ reason: "Le site ne répond plus depuis un mois.", password: "secret-1", code: "123456", token: "t".repeat(40) });
    const state = await unlessDatabaseDown(input, async () => {
      throw new Error("Failed query", { cause: refused }); // drizzle wraps the driver's error
    });
    expect(state).toEqual({ status: "error", message: fr.messages.forms.unavailable, values: { reason: "Le site ne répond plus depuis un mois." } });
  });

  it("passes the action's own answer through", async () => {
    expect(await unlessDatabaseDown(form({}), async () => ({ status: "success", message: "ok" }))).toEqual({ status: "success", message: "ok" });
  });

  it("lets every other error through, Next's redirects and 404s included", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/admin;307;" });
    await expect(unlessDatabaseDown(undefined, async () => Promise.reject(redirect))).rejects.toBe(redirect);
    await expect(unlessDatabaseDown(undefined, async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
