import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by the headless primary (`npm run serve`) and loaded
// from disk by the Electron window; relative base makes both work.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist-renderer', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
