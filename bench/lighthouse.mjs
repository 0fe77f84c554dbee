// SPDX-License-Identifier: MIT
// Lighthouse 12.2.3 (its default: a mobile device with simulated throttling) on bench/page.html and on
// bench/article.html, served gzip-compressed with a robots.txt at the root, driving Debian's Chromium
// through chrome-launcher. Several runs of each page, the pages taking turns so that a busy moment of the
// machine does not land on one of them; each page is reported as its run with the median performance score
// (Lighthouse's own advice for a noisy machine), with every run's scores and the audits that cost points.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../test/infra/browsers.mjs';
import { chromiumArgs } from '../test/infra/engines/chromium.mjs';
import { root, serve } from './server.mjs';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const version = createRequire(import.meta.url)('lighthouse/package.json').version;

/** The scored audits of a category that did not get full marks, with their display value. */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue ?? '' }));
}

export async function benchLighthouse({ runs = 3, pages = ['bench/page.html', 'bench/article.html'], log = () => {} } = {}) {
  const server = await serve({ pages: new Map([['/robots.txt', readFileSync(`${root}bench/robots.txt`)]]) });
  const results = Object.fromEntries(pages.map((page) => [page, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const page of pages) {
        results[page].push(await runOnce(`${server.url}/${page}`));
        log(`lighthouse ${page} run ${i + 1}/${runs}: ${categories.map((c) => `${c} ${results[page].at(-1).scores[c]}`).join(', ')}`);
      }
    }
  } finally {
    await server.close();
  }
  return {
    version,
    formFactor: 'its default: mobile, simulated throttling',
    goal: 100,
    pages: pages.map((page) => {
      const byPerformance = [...results[page]].sort((a, b) => a.scores.performance - b.scores.performance);
      return { page, median: byPerformance[(byPerformance.length - 1) >> 1], runs: results[page].map((r) => r.scores) };
    }),
  };
}

/** One Lighthouse run in a fresh browser, as Lighthouse's CLI does: no cache or state carried over. */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath() ?? '/usr/bin/chromium', chromeFlags: [...chromiumArgs, '--headless=new'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'bootup-time', 'mainthread-work-breakdown'].map((id) => [id, lhr.audits[id].displayValue]),
    );
    return { scores, metrics, benchmarkIndex: lhr.environment.benchmarkIndex, lost: Object.fromEntries(categories.map((c) => [c, lostPoints(lhr, c)])), warnings: lhr.runWarnings };
  } finally {
    chrome.kill();
  }
}
