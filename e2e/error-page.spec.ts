// A server error, followed from what the user sees to what the operator reads (issues 10 and 11):
// the generic French page with a digest, no detail of the failure, and the server log's line with
// the same digest, its route and its stack. /essai-erreur fails on purpose when ERROR_PROBE=1
// (playwright.config.ts); the page-check fixture also scans the error page (axe, widths).
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./test";

const LOG_DIR = process.env.E2E_LOG_DIR ?? ".data/e2e-log";

type LogLine = { digest?: string; route?: string; err?: { stack?: string; message?: string } };

function logLinesWithDigest(digest: string): LogLine[] {
  if (!fs.existsSync(LOG_DIR)) return [];
  return fs
    .readdirSync(LOG_DIR)
    .flatMap((file) => fs.readFileSync(path.join(LOG_DIR, file), "utf8").split("\n"))
    .filter((line) => line.includes(digest))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}

// The page answers 500 on purpose. The browser reports the failed document load, and React reports
// the server's error, without its message in production (React's error #441), in the console.
test.use({ pageChecks: { allow: [/Failed to load resource: the server responded with a status of 500/, /Minified React error #441/] } });

test("a server error shows the generic page with a digest, which the server log has with its route and stack", async ({ page }) => {
  const response = await page.goto("/essai-erreur");
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1, name: "Une erreur est survenue" })).toBeVisible();
  const reference = page.getByText(/Référence de l’erreur, à transmettre à l’équipe du site : /);
  await expect(reference).toBeVisible();
  const digest = (await reference.textContent())!.split(" : ").pop()!.trim();
  expect(digest).toMatch(/^\S{4,}$/);
  // Nothing of the failure itself reaches the visitor.
  await expect(page.locator("body")).not.toContainText("error probe");

  await expect.poll(() => logLinesWithDigest(digest).length, { message: `a log line with digest ${digest}` }).toBeGreaterThan(0);
  const [line] = logLinesWithDigest(digest);
  // The route as the app names it: its file is app/[lang]/essai-erreur/page.tsx.
  expect(line!.route).toBe("/[lang]/essai-erreur");
  expect(line!.err?.stack).toContain("error probe");
});
