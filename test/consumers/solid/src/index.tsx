// SPDX-License-Identifier: MIT
/* @refresh reload */
import { render } from 'solid-js/web';
import 'khojaly-widgets/define';
import App from './App.tsx';

render(() => <App />, document.getElementById('root')!);
