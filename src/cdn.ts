// SPDX-License-Identifier: MIT
/**
 * Entry of the self-contained CDN bundles: registers every tag and exports the classes and the data,
 * so `<script type="module" src=".../khojaly-widgets.js">` is all a page needs.
 * @module
 */
import './define.js';

export * from './index.js';
