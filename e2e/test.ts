// The `test` every spec uses. Besides the spec's own assertions, every page it visits is checked:
//  - during the test, on the spec's own page: no console error, no failed request;
//  - after the test, each HTML page it reached is opened again (same cookies), then resized to 320, 360 and 1280 px:
//    no horizontal overflow (also at 320 px), no axe violation (WCAG 2.1 A/AA), no console error, no failed request;
//    an English page (under /en) also shows no string of the French dictionary (./french-strings.ts)
//    and declares `<html lang="en">`.
// Pages opened in other browser contexts (a second user: `browser.newContext()`) get the same
// checks, run with that context's cookies before it closes.
// Each URL is re-checked once per run, whichever worker reaches it first (./page-check-registry.ts).
// E2E_PAGE_REVISIT=0 turns the revisits off and keeps the live watch: .ci/run's PostgreSQL leg sets
// it, since the markup does not depend on the engine and its PGlite leg has revisited every page.
// A spec that provokes errors on purpose can narrow the checks
// with test.use({ pageChecks: { allow: [/…/] } }): each pattern excuses the console errors and
// failed responses whose description it matches.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page, type BrowserContext, type TestInfo } from "@playwright/test";
import { frenchStringsIn } from "./french-strings";
import { claimPageCheck } from "./page-check-registry";

type PageChecks = { allow?: RegExp[] } | false;

// The narrowest phones (320 px) are checked for overflow only; 360 and 1280 px get every check.
const WIDTHS = [320, 360, 1280] as const;
const REVISIT = process.env.E2E_PAGE_REVISIT !== "0";
// next-auth's client posts the credentials and answers 401 both for a wrong password and for the
// step that asks staff for their TOTP code: the specs check what the user sees instead.
const ALWAYS_ALLOWED = [/401.*\/api\/auth\/callback\/credentials/];

function watch(page: Page, allow: RegExp[], documentErrors: Set<string>, scriptsEnabled = true) {
  const found: string[] = [];
  const problems = { push: (problem: string) => allow.some((pattern) => pattern.test(problem)) || found.push(problem) };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    // The browser logs a failed document load too; tests visit 404 pages on purpose.
    if (/Failed to load resource/.test(text) && documentErrors.has(message.location().url)) return;
    problems.push(`console error: ${text} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("response", (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      if (response.status() >= 400) documentErrors.add(response.url());
      return;
    }
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${request.method()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "";
    // Navigations and prefetches cancelled by the next navigation are not failures.
    if (failure.includes("ERR_ABORTED")) return;
    // With JavaScript turned off (the no-JS specs), Chromium blocks every script load and reports it as "csp".
    if (!scriptsEnabled && failure === "csp" && request.resourceType() === "script") return;
    problems.push(`request failed (${failure}): ${request.method()} ${request.url()}`);
  });
  return found;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
}

/** What gives an English page away as French: its `<html lang>`, or a French dictionary string. */
async function englishProblems(page: Page): Promise<string[]> {
  const { lang, text, pieces } = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // The switch and the offer name the other language in that language, marked as such.
    for (const part of body.querySelectorAll('[lang]:not([lang^="en"])')) part.remove();
    for (const hidden of body.querySelectorAll("script, style, template")) hidden.remove();
    const pieces = [document.title];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.nodeValue ?? "");
    return { lang: document.documentElement.lang, text: `${document.title} ${body.textContent ?? ""}`, pieces };
  });
  const problems = lang === "en" ? [] : [`<html lang="${lang}"> on an English page`];
  return [...problems, ...frenchStringsIn(text, pieces).map((found) => `French on an English page: "${found}"`)];
}

async function checkUrl(context: BrowserContext, url: string, allow: RegExp[]): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  try {
    // One load, then the viewport is resized: media queries apply at once, and a page load per
    // width cost more than all the specs' own steps.
    await page.setViewportSize({ width: 360, height: 800 });
    const found = watch(page, allow, new Set([url]));
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) return [];
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
    if (/^\/en(\/|$)/.test(new URL(url).pathname)) problems.push(...(await englishProblems(page)));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${width} px: scrolls sideways by ${overflow} px`);
      if (width === 320) continue;
      for (const violation of await axeViolations(page)) problems.push(`${width} px: axe ${violation}`);
    }
    problems.push(...found);
  } finally {
    page.removeAllListeners();
    await page.close();
  }
  return problems;
}

function recordNavigations(page: Page, visited: Set<string>) {
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(frame.url().split("#")[0]!);
  });
}

// What one page's checks may take on a loaded 2-core machine (a load, then axe twice): added to
// the test's own time limit, so a spec that visits many pages is not cut short by its checks.
const CHECK_TIME_MS = 20_000;

/** Re-checks each URL not yet checked in this run; returns the problems, by URL. */
async function checkVisited(context: BrowserContext, visited: Set<string>, allow: RegExp[], testInfo: TestInfo): Promise<string[]> {
  const problems: string[] = [];
  if (!REVISIT) return problems;
  for (const url of visited) {
    const key = new URL(url).pathname + new URL(url).search;
    if (!claimPageCheck(key)) continue;
    if (testInfo.timeout > 0) testInfo.setTimeout(testInfo.timeout + CHECK_TIME_MS);
    problems.push(...(await checkUrl(context, url, allow)).map((problem) => `${key}: ${problem}`));
  }
  return problems;
}

type OtherContext = { context: BrowserContext; visited: Set<string>; live: string[][]; checked: boolean };

/**
 * Makes `browser.newContext()` record what its pages visit, and check it before the context
 * closes (its cookies are needed to open the pages again). Returns the undo and the checks left.
 */
function watchOtherContexts(browser: Browser, allow: RegExp[], found: string[], testInfo: TestInfo) {
  const original = browser.newContext;
  const others: OtherContext[] = [];
  browser.newContext = async (options) => {
    const context = await original.call(browser, options);
    const other: OtherContext = { context, visited: new Set(), live: [], checked: false };
    others.push(other);
    let checking = false;
    context.on("page", (page) => {
      if (checking) return;
      recordNavigations(page, other.visited);
      other.live.push(watch(page, allow, new Set(), options?.javaScriptEnabled !== false));
    });
    const close = context.close;
    context.close = async (closeOptions) => {
      if (!other.checked) {
        other.checked = true;
        checking = true;
        found.push(...other.live.flat());
        if (options?.javaScriptEnabled === false) {
          // axe runs as a script: the pages a no-JavaScript context saw are checked again in a
          // context with scripts and the same cookies.
          const withScripts = await original.call(browser, { ...options, javaScriptEnabled: true, storageState: await context.storageState() });
          found.push(...(await checkVisited(withScripts, other.visited, allow, testInfo)));
          await withScripts.close();
        } else {
          found.push(...(await checkVisited(context, other.visited, allow, testInfo)));
        }
      }
      return close.call(context, closeOptions);
    };
    return context;
  };
  return {
    restore: () => {
      browser.newContext = original;
    },
    /** The contexts the spec left open. */
    finish: async (check: boolean) => {
      for (const other of others) {
        if (other.checked) continue;
        other.checked = !check;
        await other.context.close().catch(() => {});
      }
    },
  };
}

export const test = base.extend<{ pageChecks: PageChecks; autoCheck: void }>({
  pageChecks: [{}, { option: true }],
  autoCheck: [
    async ({ page, context, browser, pageChecks, javaScriptEnabled }, use, testInfo) => {
      if (pageChecks === false) return use();
      const allow = [...ALWAYS_ALLOWED, ...(pageChecks.allow ?? [])];
      const visited = new Set<string>();
      recordNavigations(page, visited);
      const problems = watch(page, allow, new Set(), javaScriptEnabled !== false);
      const otherProblems: string[] = [];
      const others = watchOtherContexts(browser, allow, otherProblems, testInfo);
      // (`use` returns when the test ends, failed or not.)
      await use();
      await others.finish(testInfo.status === testInfo.expectedStatus);
      others.restore();
      if (testInfo.status !== testInfo.expectedStatus) return; // the test's own failure comes first
      expect(problems, "console errors and failed requests during the test").toEqual([]);
      expect(otherProblems, "pages of the other browser contexts: during the test, then at 320, 360 and 1280 px").toEqual([]);
      expect(await checkVisited(context, visited, allow, testInfo), "checks at 320, 360 and 1280 px").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
