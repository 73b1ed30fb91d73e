import { defineConfig } from 'vite';

/**
 * Builds the `netcheck` CLI into one standalone ES module (`out/cli/netcheck.mjs`) with every
 * dependency inlined, so the same file runs from the repository (`npx netcheck`) and from the
 * packaged app on a site server with no `node_modules`.
 */
export default defineConfig({
  build: {
    ssr: 'cli/entry.ts',
    outDir: 'out/cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'netcheck.mjs', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
