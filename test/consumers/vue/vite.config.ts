// SPDX-License-Identifier: MIT
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { widgetTags } from 'khojaly-widgets';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // The khojaly tags are custom elements, not Vue components: Vue leaves them to the browser.
        compilerOptions: { isCustomElement: (tag) => (widgetTags as readonly string[]).includes(tag) },
      },
    }),
  ],
});
