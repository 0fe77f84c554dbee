// SPDX-License-Identifier: MIT
/** Registers `<khojaly-chart>`. Import this module for its side effect. */
import { define } from '../shared/define.js';
import { KhojalyChart } from './khojaly-chart.js';

define('khojaly-chart', KhojalyChart);

declare global {
  interface HTMLElementTagNameMap {
    'khojaly-chart': KhojalyChart;
  }
}
