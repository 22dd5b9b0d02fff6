// Lighthouse (npm, pinned in package-lock.json) on pages of a served site, in Debian's Chromium: one browser,
// one page after the other. Prints, for each page, what does not depend on the machine's speed: the accessibility,
// best-practices and SEO scores, the layout shift, the bytes and requests the page costs, and the resources that
// block its first paint (with --performance, also the performance score, which does: `make bench` reports it).
//   node tests/audit/lighthouse.mjs [--performance] http://127.0.0.1:PORT/ "" countries/kz/ …
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const performance = args[0] === '--performance';
const [base, ...paths] = performance ? args.slice(1) : args;
// Lighthouse's default audit (mobile, simulated throttling), without screenshots, and waiting 250 ms instead of
// a second for the page to settle: a local server is quiet at once (the page's own requests still count).
const CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: performance ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['accessibility', 'best-practices', 'seo'],
    onlyAudits: performance ? undefined : ['cumulative-layout-shift', 'total-byte-weight', 'network-requests', 'render-blocking-resources'],
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
    const audit = (id) => lhr.audits[id] || {};
    results[path] = {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([name, category]) => [name, category.score])),
      cls: audit('cumulative-layout-shift').numericValue,
      bytes: audit('total-byte-weight').numericValue,
      requests: ((audit('network-requests').details || {}).items || []).length,
      render_blocking: ((audit('render-blocking-resources').details || {}).items || []).map((item) => item.url),
      failing: Object.entries(lhr.audits)
        .filter(([, a]) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
        .map(([id, a]) => `${id}: ${a.displayValue || a.score}`),
      runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
    };
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results));
