// SPDX-License-Identifier: MIT
/** Registers `<khojaly-facts>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { KhojalyFacts } from './khojaly-facts.js';

define('khojaly-facts', KhojalyFacts);

declare global {
  interface HTMLElementTagNameMap {
    'khojaly-facts': KhojalyFacts;
  }
}
