// SPDX-License-Identifier: MIT
/** Registers `<statement-quote>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { StatementQuote, type KhojalyCopyEvent } from './statement-quote.js';

define('statement-quote', StatementQuote);

declare global {
  interface HTMLElementTagNameMap {
    'statement-quote': StatementQuote;
  }
  interface HTMLElementEventMap {
    'khojaly-copy': KhojalyCopyEvent;
  }
}
