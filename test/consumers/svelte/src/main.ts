// SPDX-License-Identifier: MIT
import { mount } from 'svelte';
import 'khojaly-widgets/define';
import App from './App.svelte';

const app = mount(App, {
  target: document.getElementById('app')!,
});

export default app;
