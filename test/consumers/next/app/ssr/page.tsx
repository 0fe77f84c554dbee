// SPDX-License-Identifier: MIT
// The same page with the widgets' content rendered on the server (./widgets.tsx).
import { KhojalyFacts, StatementQuote } from "./widgets";

export default function ServerRendered() {
  return (
    <main>
      <h1>khojaly-widgets in Next.js, rendered on the server</h1>
      <p>The figures of 2020 and the Ombudsman&apos;s words, as the statement of 22 February 2021 gives them.</p>
      <KhojalyFacts group="2020" />
      <StatementQuote quote="impunity" />
      <p id="after">A paragraph after the widgets, which must not move when they render.</p>
    </main>
  );
}
