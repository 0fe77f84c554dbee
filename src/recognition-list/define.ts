// SPDX-License-Identifier: MIT
/** Registers `<recognition-list>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { RecognitionList } from './recognition-list.js';

define('recognition-list', RecognitionList);

declare global {
  interface HTMLElementTagNameMap {
    'recognition-list': RecognitionList;
  }
}
