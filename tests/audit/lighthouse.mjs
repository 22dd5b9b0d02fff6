// Lighthouse (npm, pinned in package-lock.json) on pages of a served site, in Debian's Chromium: one browser,
// one page after the other. Prints, for each page, the category scores, the layout shift and what failed.
//   node tests/audit/lighthouse.mjs http://127.0.0.1:PORT/ "" countries/kz/ …
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [base, ...paths] = process.argv.slice(2);
// Lighthouse's default audit (mobile, simulated throttling), without screenshots, and waiting 250 ms instead of
// a second for the page to settle: a local server is quiet at once (the page's own requests still count).
const CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    disableFullPageScreenshot: true, skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250,
  },
};
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync'],
});
const results = {};
try {
  for (const path of paths) {
    const {lhr} = await lighthouse(base + path, {port: chrome.port, output: 'json', logLevel: 'error'}, CONFIG);
    results[path] = {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([name, category]) => [name, category.score])),
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      failing: Object.entries(lhr.audits)
        .filter(([, audit]) => audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
        .map(([id, audit]) => `${id}: ${audit.displayValue || audit.score}`),
      runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
    };
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results));
