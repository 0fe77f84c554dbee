// SPDX-License-Identifier: MIT
import { useState } from 'preact/hooks';
import { statement } from 'khojaly-widgets';

export function App() {
  const [copied, setCopied] = useState('');
  return (
    <main>
      <h1>khojaly-widgets in Preact</h1>
      <khojaly-facts group="2020" heading="Figures of 2020" heading-level={3}></khojaly-facts>
      <statement-quote quote="impunity" onkhojaly-copy={(event) => setCopied(event.detail.text)}></statement-quote>
      <output id="copied">{copied}</output>
      <statement-document toc data={statement}></statement-document>
    </main>
  );
}
