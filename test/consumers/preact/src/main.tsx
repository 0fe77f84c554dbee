// SPDX-License-Identifier: MIT
import { render } from 'preact';
// One element at a time: only the widgets this app uses are registered (and bundled).
import 'khojaly-widgets/khojaly-facts/define';
import 'khojaly-widgets/statement-quote/define';
import 'khojaly-widgets/statement-document/define';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);
