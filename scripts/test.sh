#!/usr/bin/env bash
# The whole test suite: unit and integration tests (Vitest), then one production build and the
# end-to-end tests (Playwright, Chromium) against it.
#   npm test                                   -> on the embedded database (PGlite)
#   DATABASE_URL=postgres://… npm test         -> on PostgreSQL too (fresh databases are created)
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage prints its heading, and its duration once it ends, so a slow run shows where time goes.
stage_name=""
stage_started=$SECONDS
stage() {
  if [ -n "$stage_name" ]; then echo "-- $stage_name: $((SECONDS - stage_started)) s"; fi
  stage_name="$1"
  stage_started=$SECONDS
  if [ -n "$stage_name" ]; then echo "== $stage_name"; fi
}
trap 'stage ""' EXIT

# A browser for the end-to-end tests: Debian's Chromium by default (PLAYWRIGHT_CHROMIUM_PATH names
# another; set it to "" for Playwright's own). When none is there, install one and say so.
chromium_path="${PLAYWRIGHT_CHROMIUM_PATH-/usr/bin/chromium}"
if [ -n "$chromium_path" ] && [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "== Chromium not found at $chromium_path: installing Debian's chromium with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    export PLAYWRIGHT_CHROMIUM_PATH=/usr/bin/chromium
  elif echo "== Chromium not found at $chromium_path: trying npx playwright install chromium" && npx playwright install chromium; then
    export PLAYWRIGHT_CHROMIUM_PATH="" # playwright.config.ts then uses Playwright's own browser
  else
    echo "No Chromium for the end-to-end tests: install Debian's (sudo apt-get install -y chromium) or Playwright's (npx playwright install chromium), or set PLAYWRIGHT_CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# Java runs the Nu Html Checker (vnu-jar) in e2e/html-validity.spec.ts.
if ! command -v java >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "== Java not found: installing Debian's default-jre-headless with apt-get (for the Nu Html Checker)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "No Java for the Nu Html Checker: install Java 11 or later (sudo apt-get install -y default-jre-headless)." >&2
    exit 1
  fi
fi

stage "Unit and integration tests (Vitest)"
npx vitest run

# The build never opens the database (data pages are dynamic), so one build serves both engines:
# REUSE_BUILD=1 (set by .ci/run for its second leg) keeps the build already there.
if [ "${REUSE_BUILD:-}" = "1" ] && [ -f .next/BUILD_ID ] && [ -f .next/standalone/server.js ]; then
  stage "Production build: reusing the one in .next (REUSE_BUILD=1)"
else
  stage "Production build"
  PGLITE_DATA_DIR=.data/build npx next build
  node scripts/standalone-assets.mjs
fi

stage "End-to-end tests (Playwright)"
if [ -n "${DATABASE_URL:-}" ]; then
  # An empty database: the first e2e server migrates and seeds it (DEMO_DATA=1 in
  # playwright.config.ts), the second starts on it once the first is up (Playwright starts its
  # webServers one after the other). Concurrent first starts are proven by fault:two-instances.
  E2E_DATABASE_URL="$(npx tsx scripts/create-test-database.ts "${E2E_DB_NAME:-nft_e2e}")"
  export E2E_DATABASE_URL
else
  export E2E_PGLITE_DATA_DIR=.data/e2e
  rm -rf "$E2E_PGLITE_DATA_DIR"
fi
# Mails the server "sends" land here as JSON; the specs read their links.
rm -rf .data/e2e-mail .data/e2e-log
npx playwright test

stage "Server log hygiene (no secret, token, password or mail body)"
npx tsx scripts/check-log-hygiene.ts .data/e2e-log .data/e2e-mail

# The fuzz test's short form (issue 9): 10,000 generated inputs over every entry point, against
# the same build. It starts its own server on a fresh embedded database whatever the leg, so it
# runs once, in the PGlite leg. Its seed is printed: `npm run fuzz -- --seed N` replays a finding.
if [ -z "${DATABASE_URL:-}" ]; then
  stage "Fuzz test (short form)"
  npm run fuzz
fi
