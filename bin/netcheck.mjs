#!/usr/bin/env node
// The `netcheck` command. The CLI is bundled by `npm install` (the package's `prepare` script) into
// out/cli/netcheck.mjs; this file only loads it, with a clear message if the build is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/netcheck.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('netcheck: the CLI is not built yet. Run "npm install" (or "npm run build") in the project folder first.\n');
  process.exit(2);
}
await import(bundle);
