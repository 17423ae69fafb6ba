// The journal shows a moderator's correction as the public sees it (issue 11): only the changed
// fields, with names, labels and formatted values, never internal codes.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JournalDetails } from "@/components/admin/journal-details";
import { profile } from "@/tests/support/fixtures";

const sectorNames = new Map([
  ["ia-data", "IA & data"],
  ["services-b2b-saas", "Services B2B et SaaS"],
]);

describe("a journal entry's details", () => {
  it("show the changed fields in words, and only those", () => {
    const before = profile({ communeCode: "14118", stage: "seed", fundsRaisedEur: 0, sectors: ["services-b2b-saas"] });
    const after = { ...before, communeCode: "76351", stage: "growth", fundsRaisedEur: 1_500_000, sectors: ["ia-data"] };
    const html = renderToStaticMarkup(createElement(JournalDetails, { details: { before, after, reason: "Correction du stade" }, sectorNames }));
    expect(html).toContain("Le Havre");
    expect(html).toContain("IA &amp; data");
    expect(html).toMatch(/1[\s\u202f\u00a0]500[\s\u202f\u00a0]000[\s\u202f\u00a0]€/);
    expect(html).not.toMatch(/>\s*(76351|14118|growth|seed|ia-data)\s*</);
    // Unchanged fields are not listed.
    expect(html).not.toContain("Accroche");
    expect(html).toContain("Correction du stade");
  });
});
