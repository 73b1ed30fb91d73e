import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Builds the desktop app: main process, preload and renderer, into `out/`. Main and preload are
 * bundled with their dependencies (nothing but `electron` stays external), so the packaged app
 * contains only `out/` and needs no `node_modules`. The preload is CommonJS: a sandboxed preload
 * cannot load an ES module.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      rolldownOptions: { input: { index: 'src-main/index.ts' }, external: ['electron'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: 'src-main/preload.ts' },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // elkjs (~1.5 MB) is its own chunk, loaded only when the topology is first drawn.
      chunkSizeWarningLimit: 1600,
      rolldownOptions: { input: 'src-renderer/index.html' },
    },
  },
});
