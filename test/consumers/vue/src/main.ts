// SPDX-License-Identifier: MIT
import { createApp } from 'vue';
import 'khojaly-widgets/define';
import App from './App.vue';

createApp(App).mount('#app');
