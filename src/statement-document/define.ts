// SPDX-License-Identifier: MIT
/** Registers `<statement-document>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { StatementDocument } from './statement-document.js';

define('statement-document', StatementDocument);

declare global {
  interface HTMLElementTagNameMap {
    'statement-document': StatementDocument;
  }
}
