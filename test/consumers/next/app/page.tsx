// SPDX-License-Identifier: MIT
// A server component writes the tags; the client component defines them in the browser.
import DefineWidgets from "./define-widgets";

export default function Home() {
  return (
    <main>
      <DefineWidgets />
      <h1>khojaly-widgets in Next.js</h1>
      <p>The figures of 2020 and the Ombudsman&apos;s words, as the statement of 22 February 2021 gives them.</p>
      <khojaly-facts group="2020"></khojaly-facts>
      <statement-quote quote="impunity"></statement-quote>
      <p id="after">A paragraph after the widgets, which must not move when they render.</p>
    </main>
  );
}
