import { defineConfig, devices } from "@playwright/test";

// One production build (made by scripts/test.sh) serves every spec. The server runs on the
// embedded database in a fresh directory, or on E2E_DATABASE_URL when scripts/test.sh prepared one.
const PORT = Number(process.env.E2E_PORT || 3200);
const BASE_URL = `http://127.0.0.1:${PORT}`;
export const SECOND_PORT = PORT + 1;
// The server writes every mail here as JSON (lib/mail/sender.ts); tests read the links.
export const MAIL_DIR = process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";
// 32 characters at least, as production requires; scripts/check-log-hygiene.ts looks for it in the log.
export const E2E_SECRET = process.env.E2E_NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789";
export const LOG_DIR = process.env.E2E_LOG_DIR ?? ".data/e2e-log";

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // The page-check fixture (e2e/test.ts) revisits every page a test saw at three widths: long flows need the room.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "fr-FR",
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium by default; PLAYWRIGHT_CHROMIUM_PATH="" uses Playwright's own browser.
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH === "" ? undefined : (process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium"),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // On PostgreSQL a second instance runs beside the first, on the same database, to prove that a
  // change made through one is seen by the other at once (e2e/statistics.spec.ts).
  webServer: (process.env.E2E_DATABASE_URL ? [PORT, SECOND_PORT] : [PORT]).map((port) => ({
    // No -H: with a hostname that differs from the request URLs' ("localhost"), Next would forward
    // proxy.ts rewrites over HTTP instead of serving them in-process as in production.
    command: `npx next start -p ${port}`,
    url: `http://127.0.0.1:${port}/a-propos`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: {
      NODE_ENV: "production",
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: E2E_SECRET,
      // The specs sign in with the demo accounts: the server seeds them (once, even two at once).
      DEMO_DATA: "1",
      // Every line the server logs, checked after the run by scripts/check-log-hygiene.ts.
      LOG_FILE: `${LOG_DIR}/server-${port}.log`,
      MAIL_CAPTURE_DIR: MAIL_DIR,
      // The production build under test may write mails to disk (lib/config.ts refuses it otherwise).
      MAIL_CAPTURE_IN_PRODUCTION: "1",
      SITE_URL: BASE_URL,
      // /essai-erreur fails on purpose (e2e/error-page.spec.ts).
      ERROR_PROBE: "1",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      PGLITE_DATA_DIR: process.env.E2E_PGLITE_DATA_DIR ?? ".data/e2e",
    },
  })),
});
