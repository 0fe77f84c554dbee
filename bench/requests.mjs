// SPDX-License-Identifier: MIT
// Requests: what a page with one of each widget (bench/page.html, the module-script form) fetches, once
// every widget has rendered and the network has been quiet for half a second. The page's own document
// and favicon are listed but not counted: they are the page's, not the widgets'.
import { launch, openTab } from './browser.mjs';
import { serve } from './server.mjs';

import { widgetTags as tags } from '../dist/registry.js';

/** Counts the requests of bench/page.html; returns the count and the list. */
export async function benchRequests({ log = () => {} } = {}) {
  const server = await serve();
  const browser = await launch();
  try {
    const tab = await openTab(browser);
    const requests = [];
    tab.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push({ url: request.url().replace(server.url, ''), type: request.resourceType() });
    });
    await tab.goto(`${server.url}/bench/page.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction((names) => names.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part=base]')), { timeout: 30_000 }, tags);
    // Anything a widget loads after rendering (fonts, data, a lazy module) would show up now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (tab.errors.length) throw new Error(`bench/page.html: ${tab.errors.join('; ')}`);
    await tab.close();
    const own = (r) => r.url === '/bench/page.html' || r.url === '/bench/favicon.svg' || r.url === '/favicon.ico';
    const counted = requests.filter((r) => !own(r));
    log(`requests: ${counted.length} for the widgets (${counted.map((r) => r.url).join(', ')})`);
    return { page: 'bench/page.html', widgets: tags, count: counted.length, requests: counted, pageOwn: requests.filter(own), goal: 1 };
  } finally {
    await browser.close();
    await server.close();
  }
}
