// SPDX-License-Identifier: MIT
// Requests: what a page with one of each widget (bench/page.html, the module-script form) fetches, once
// every widget has rendered and the network has been quiet for half a second; the same for the article
// (bench/article.html: two widgets, the page stylesheet it links and the module script). The page's own
// document and favicon are listed but not counted: they are the page's, not the widgets'.
import { launch, openTab } from './browser.mjs';
import { serve } from './server.mjs';

import { widgetTags } from '../dist/registry.js';

/** Loads one page until its widgets have rendered; returns what it fetched, the page's own files apart. */
async function countRequests(browser, server, page, tags) {
  const tab = await openTab(browser);
  const requests = [];
  tab.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push({ url: request.url().replace(server.url, ''), type: request.resourceType() });
  });
  await tab.goto(`${server.url}/${page}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction((names) => names.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part=base]')), { timeout: 30_000 }, tags);
  // Anything a widget loads after rendering (fonts, data, a lazy module) would show up now.
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (tab.errors.length) throw new Error(`${page}: ${tab.errors.join('; ')}`);
  await tab.close();
  const own = (r) => r.url === `/${page}` || r.url === '/bench/favicon.svg' || r.url === '/favicon.ico';
  return { page, widgets: tags, count: requests.filter((r) => !own(r)).length, requests: requests.filter((r) => !own(r)), pageOwn: requests.filter(own) };
}

/** Counts the requests of bench/page.html (goal: one, the script) and of bench/article.html. */
export async function benchRequests({ log = () => {} } = {}) {
  const server = await serve();
  const browser = await launch();
  try {
    const page = await countRequests(browser, server, 'bench/page.html', widgetTags);
    log(`requests: bench/page.html: ${page.count} for the widgets (${page.requests.map((r) => r.url).join(', ')})`);
    const article = await countRequests(browser, server, 'bench/article.html', ['khojaly-facts', 'statement-quote']);
    log(`requests: bench/article.html: ${article.count} for the widgets (${article.requests.map((r) => r.url).join(', ')})`);
    return { ...page, goal: 1, article };
  } finally {
    await browser.close();
    await server.close();
  }
}
