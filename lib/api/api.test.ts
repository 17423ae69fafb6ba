import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";
import { handleOpenApi, handleStartupCsv, handleStartupList, handleStats, handleStatsCsv, handleTerritory } from "./handlers";
import { openApiDocument } from "./openapi";
import { STARTUP_LIST_PARAMETERS } from "./params";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "openapi", components: openApiDocument.components } as never);
const validate = (schema: string, body: unknown) => {
  const check = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
  const ok = check(body);
  return ok ? [] : check.errors;
};

// By path prefix, the most specific first.
const HANDLERS: [string, (db: Database["db"], request: Request) => Response | Promise<Response>][] = [
  ["/api/v1/stats.csv", handleStatsCsv],
  ["/api/v1/stats", handleStats],
  ["/api/v1/territoire.topojson", (_db, request) => handleTerritory(request)],
  ["/api/v1/openapi.json", (_db, request) => handleOpenApi(request)],
  ["/api/v1/startups", handleStartupList],
];

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

// Private data that must never appear in any public response.
const HIDDEN_NAMES = ["Secret Brouillon", "Secret Retiré"];
const PRIVATE_FIELDS = ["siren", "logo", "sectorText", "sector_text", "currentRevisionId", "passwordHash", "status"];

describe.each(enginesUnderTest())("open data API on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    await insertStartup(db, profile({ name: "Api Caen", communeCode: "14118", sectors: ["ia-data"], siren: "732829320", teamSize: 8, hiring: true }));
    await insertStartup(db, profile({ name: "Api Havre", communeCode: "76351", sectors: ["logistique-maritime"], teamSize: 30 }));
    await insertStartup(db, profile({ name: "Api Rouen, \"quoted\"", communeCode: "76540", sectors: ["ia-data", "edtech"], tagline: "=HYPERLINK(\"x\") formule piégée" }));
    await insertStartup(db, profile({ name: HIDDEN_NAMES[0]!, communeCode: "14118" }), "draft");
    await insertStartup(db, profile({ name: HIDDEN_NAMES[1]!, communeCode: "14118" }), "unpublished");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("lists published startups, public fields only, as the OpenAPI document describes", async () => {
    const response = await handleStartupList(database.db, request("/api/v1/startups?taille=2&tri=nom"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/max-age/);
    const body = await response.json();
    expect(validate("StartupList", body)).toEqual([]);
    expect(body.meta).toMatchObject({ total: 3, page: 1, size: 2, pageCount: 2, licence: "Licence Ouverte / Etalab 2.0" });
    expect(body.data.map((s: { name: string }) => s.name)).toEqual(["Api Caen", "Api Havre"]);
    expect(body.links.next).toContain("page=2");
    expect(JSON.stringify(body)).not.toContain("732829320");
  });

  it("filters like the directory and answers 304 to a matching ETag", async () => {
    const response = await handleStartupList(database.db, request("/api/v1/startups?secteur=ia-data&metropole=rouen"));
    const body = await response.json();
    expect(body.data.map((s: { name: string }) => s.name)).toEqual(['Api Rouen, "quoted"']);
    const etag = response.headers.get("etag")!;
    const again = await handleStartupList(database.db, request("/api/v1/startups?secteur=ia-data&metropole=rouen", { "if-none-match": etag }));
    expect(again.status).toBe(304);
  });

  it("answers a clear 400 for unknown filters, values and oversized pages", async () => {
    for (const [path, parameter] of [
      ["/api/v1/startups?taille=101", "taille"],
      ["/api/v1/startups?metropole=paris", "metropole"],
      ["/api/v1/startups?secteur=inconnu", "secteur"],
      ["/api/v1/startups?couleur=bleu", "couleur"],
      ["/api/v1/stats?metropole=lyon", "metropole"],
      ["/api/v1/stats.csv?serie=inconnue", "serie"],
      ["/api/v1/territoire.topojson?metropole=caen", "metropole"],
      ["/api/v1/openapi.json?v=2", "v"],
    ] as const) {
      const handler = HANDLERS.find(([prefix]) => path.startsWith(prefix))![1];
      const response = await handler(database.db, request(path));
      expect(response.status, path).toBe(400);
      const body = await response.json();
      expect(validate("Error", body)).toEqual([]);
      expect(body.details.map((d: { parameter: string }) => d.parameter)).toContain(parameter);
    }
  });

  it("streams the CSV, escaped, with spreadsheet formulas neutralised", async () => {
    const response = await handleStartupCsv(database.db, request("/api/v1/startups.csv"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A UTF-8 byte order mark, so that spreadsheet software reads the accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^slug,name,tagline/);
    expect(text).toContain('"Api Rouen, ""quoted"""');
    expect(text).toContain(`"'=HYPERLINK(""x"") formule piégée"`);
    for (const hidden of HIDDEN_NAMES) expect(text).not.toContain(hidden);
  });

  it("serves every statistic as JSON matching the document, and each series as CSV", async () => {
    const response = await handleStats(database.db, request("/api/v1/stats"));
    const body = await response.json();
    expect(validate("StatsResponse", body)).toEqual([]);
    expect(body.data.totals).toEqual({ startups: 3, jobs: 4 + 8 + 30, fundsEur: 0 });
    // Codes stay as they were; the labels come in both languages beside them.
    expect(body.data.bySector.find((s: { slug: string }) => s.slug === "ia-data")).toMatchObject({ name: "IA & data", labels: { fr: "IA & data", en: "AI & data" } });
    expect(body.data.byStage.find((s: { stage: string }) => s.stage === "seed").labels).toEqual({ fr: "Amorçage", en: "Seed" });
    const csv = await (await handleStatsCsv(database.db, request("/api/v1/stats.csv?serie=secteurs"))).text();
    expect(csv).toContain("ia-data,IA & data,2,");
  });

  it("never fails and never leaks, whatever the query string (property-based)", async () => {
    const key = fc.oneof(fc.constantFrom(...STARTUP_LIST_PARAMETERS), fc.string({ maxLength: 12 }));
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("caen", "rouen", "ia-data", "1", "0", "-1", "101", "2015", "nom", "recent", "pertinence", "51+", "14118", "'; drop table startups; --", "%", "\u0000", "robo:*&|!"),
      fc.integer().map(String),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 6 }), fc.constantFrom("startups", "startups.csv", "stats"), async (pairs, endpoint) => {
        const query = new URLSearchParams(pairs).toString();
        const handler = endpoint === "startups" ? handleStartupList : endpoint === "startups.csv" ? handleStartupCsv : handleStats;
        const response = await handler(database.db, request(`/api/v1/${endpoint}?${query}`));
        expect([200, 400]).toContain(response.status);
        const text = await response.text();
        for (const hidden of HIDDEN_NAMES) expect(text).not.toContain(hidden);
        if (response.status === 200 && endpoint === "startups") {
          const body = JSON.parse(text);
          expect(validate("StartupList", body)).toEqual([]);
          for (const item of body.data) for (const field of PRIVATE_FIELDS) expect(item).not.toHaveProperty(field);
        }
      }),
      { numRuns: 60 },
    );
  });
});
