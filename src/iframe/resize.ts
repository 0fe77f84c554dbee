// SPDX-License-Identifier: MIT
/**
 * Optional host-page helper for the iframe form: `<script src=".../dist/embed/resize.js" defer></script>`.
 * Sizes each khojaly iframe to the height its page reports, so it shows without a scrollbar. Only the
 * iframe that sent a message is resized, and only its height changes.
 * @module
 */
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'khojaly-embed-size' || typeof data.height !== 'number') return;
  const height = Math.min(Math.max(Math.round(data.height), 0), 20000);
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
