// SPDX-License-Identifier: MIT
import { statement } from 'khojaly-widgets';

/**
 * React 19 sets no property of a custom element while it hydrates (ReactDOM's hydration diffs a custom
 * element's props against the server HTML and leaves them there; only a later client render sets them:
 * https://github.com/facebook/react/issues/35446 for events, the same path for properties). So `data`, an
 * object React cannot render as an attribute, would never reach <statement-document>: a ref sets it once
 * the element is hydrated. `setPropertiesByRef={false}` leaves it to React alone (the check's canary).
 */
const setData = (el) => {
  if (el) el.data = statement;
};

export default function App({ setPropertiesByRef = true }) {
  return (
    <main>
      <h1>khojaly-widgets, rendered by React on the server</h1>
      <khojaly-facts group="2020"></khojaly-facts>
      <statement-quote quote="impunity"></statement-quote>
      <statement-document toc data={statement} ref={setPropertiesByRef ? setData : undefined}></statement-document>
    </main>
  );
}
