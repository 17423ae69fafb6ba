import { describe, expect, it } from "vitest";
import { escapeHtml, mailTemplates } from "./templates";

const url = "https://annuaire.example.fr/compte/verifier?jeton=abc&x=1";

describe("mail templates", () => {
  it("escapes every interpolated value in the HTML part", () => {
    const evil = `<script>alert("x")</script>`;
    for (const rendered of [
      mailTemplates.revisionRejected({ startupName: evil, reason: evil, url }),
      mailTemplates.invitation({ startupName: evil, inviterName: evil, url }),
      mailTemplates.profileUnpublished({ startupName: evil, reason: evil }),
      mailTemplates.claimDecided({ startupName: evil, approved: false, reason: evil }),
      mailTemplates.verifyEmail({ name: evil, url }),
    ]) {
      expect(rendered.html).not.toContain("<script>");
      expect(rendered.html).toContain("&lt;script&gt;");
      // The text part is plain text: the value as typed.
      expect(rendered.text).toContain(evil);
    }
  });

  it("puts the link in the text part and an escaped href in the HTML part", () => {
    const rendered = mailTemplates.verifyEmail({ name: "Marie", url });
    expect(rendered.text).toContain(url);
    expect(rendered.text).toContain("Bonjour Marie,");
    expect(rendered.html).toContain(`href="${escapeHtml(url)}"`);
  });

  it("says a reset link is valid one hour and single-use", () => {
    const rendered = mailTemplates.resetPassword({ url });
    expect(rendered.text).toContain(url);
    expect(rendered.text).toContain("1 heure");
    expect(rendered.text).toContain("une seule fois");
  });

  it("keeps subjects on one line", () => {
    const rendered = mailTemplates.revisionApproved({ startupName: "Robotix\r\nBcc: x@example.fr", url });
    expect(rendered.subject).not.toMatch(/[\r\n]/);
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => mailTemplates.resetPassword({ url: "javascript:alert(1)" })).toThrow();
  });

  it("renders every template", () => {
    const all = [
      mailTemplates.passwordChanged({}),
      mailTemplates.revisionSubmitted({ startupName: "Robotix" }),
      mailTemplates.claimDecided({ startupName: "Robotix", approved: true, reason: null }),
    ];
    for (const rendered of all) {
      expect(rendered.subject.length).toBeGreaterThan(0);
      expect(rendered.text).toContain("Normandy French Tech");
      expect(rendered.html).toMatch(/^<!doctype html>/);
    }
  });
});
