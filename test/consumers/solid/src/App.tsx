// SPDX-License-Identifier: MIT
import { createSignal } from 'solid-js';
import { statement } from 'khojaly-widgets';

export default function App() {
  const [copied, setCopied] = createSignal('');
  return (
    <main>
      <h1>khojaly-widgets in Solid</h1>
      <khojaly-facts group="2020" heading="Figures of 2020" heading-level={3}></khojaly-facts>
      <statement-quote quote="impunity" on:khojaly-copy={(event) => setCopied(event.detail.text)}></statement-quote>
      <output id="copied">{copied()}</output>
      <statement-document toc data={statement}></statement-document>
    </main>
  );
}
