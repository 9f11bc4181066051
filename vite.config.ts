import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  base: './',
  build: {
    target: 'es2020',
    sourcemap: true,
  },
});
