// SPDX-License-Identifier: MIT
// The server's render: the widgets are defined in Node (Lit's Node build brings its own customElements), so
// @lit-labs/ssr-react's JSX runtime finds them and renders their shadow roots as Declarative Shadow DOM.
import 'khojaly-widgets/define';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import App from './App.jsx';

export function render() {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
