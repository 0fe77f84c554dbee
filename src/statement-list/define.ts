// SPDX-License-Identifier: MIT
/** Registers `<statement-list>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { StatementList } from './statement-list.js';

define('statement-list', StatementList);

declare global {
  interface HTMLElementTagNameMap {
    'statement-list': StatementList;
  }
}
