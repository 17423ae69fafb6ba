#!/usr/bin/env bash
# The whole test suite: unit and integration tests (Vitest), then one production build and the
# end-to-end tests (Playwright, Chromium) against it.
#   npm test                                   -> on the embedded database (PGlite)
#   DATABASE_URL=postgres://… npm test         -> on PostgreSQL too (fresh databases are created)
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${PLAYWRIGHT_CHROMIUM_PATH-/usr/bin/chromium}"
if [ -n "$chromium_path" ] && [ ! -x "$chromium_path" ]; then
  echo "Chromium not found at $chromium_path. Install it (apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_PATH." >&2
  exit 1
fi

echo "== Unit and integration tests (Vitest)"
npx vitest run

echo "== Production build"
# The build never opens the database (data pages are dynamic); keep it away from the dev data anyway.
PGLITE_DATA_DIR=.data/build npx next build
node scripts/standalone-assets.mjs

echo "== End-to-end tests (Playwright)"
if [ -n "${DATABASE_URL:-}" ]; then
  # An empty database: the two e2e servers start at once on it, migrate it once and seed it
  # (DEMO_DATA=1 in playwright.config.ts), which proves that concurrent first starts are safe.
  E2E_DATABASE_URL="$(npx tsx scripts/create-test-database.ts "${E2E_DB_NAME:-nft_e2e}")"
  export E2E_DATABASE_URL
else
  export E2E_PGLITE_DATA_DIR=.data/e2e
  rm -rf "$E2E_PGLITE_DATA_DIR"
fi
# Mails the server "sends" land here as JSON; the specs read their links.
rm -rf .data/e2e-mail .data/e2e-log
npx playwright test

echo "== Server log hygiene (no secret, token, password or mail body)"
npx tsx scripts/check-log-hygiene.ts .data/e2e-log .data/e2e-mail
