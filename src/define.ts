// SPDX-License-Identifier: MIT
/** Registers every khojaly widget. Import this module for its side effect. */
import './facts/define.js';
import './recognition-list/define.js';
import './statement-quote/define.js';
import './chart/define.js';
import './timeline/define.js';
import './document/define.js';
import './list/define.js';
