// SPDX-License-Identifier: MIT
/**
 * Entry of the self-contained CDN bundles (module and classic script): registers every tag, upgrades the
 * sanitizer-safe `<div data-khojaly-widget>` form, and exports the classes and the data, so one
 * `<script>` is all a page needs.
 * @module
 */
import './define.js';
import { watchDivs } from './upgrade/upgrade-divs.js';

watchDivs();

export * from './index.js';
