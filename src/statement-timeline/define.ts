// SPDX-License-Identifier: MIT
/** Registers `<statement-timeline>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { StatementTimeline } from './statement-timeline.js';

define('statement-timeline', StatementTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'statement-timeline': StatementTimeline;
  }
}
