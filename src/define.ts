// SPDX-License-Identifier: MIT
// Generated from src/registry.ts by tools/generate-entries.ts (`npm run entries`). Do not edit.
/** Registers every khojaly widget. Import this module for its side effect. */
import './khojaly-facts/define.js';
import './recognition-list/define.js';
import './statement-quote/define.js';
import './khojaly-chart/define.js';
import './statement-timeline/define.js';
import './statement-document/define.js';
import './statement-list/define.js';
