// SPDX-License-Identifier: MIT
// Lit's hydration support first: it must run before Lit's LitElement module, so that the widgets, once
// defined, adopt the server's shadow roots instead of rendering them again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'khojaly-widgets/define';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import App from './App.jsx';

// `?no-ref`: React alone sets the widgets' properties (the markup is the same either way).
const setPropertiesByRef = !new URLSearchParams(location.search).has('no-ref');

hydrateRoot(
  document.getElementById('root'),
  <StrictMode>
    <App setPropertiesByRef={setPropertiesByRef} />
  </StrictMode>,
);
