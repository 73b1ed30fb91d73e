// Type-checks each layer with its own tsconfig: a DOM global in core or a Node global in shared is
// a compile error there, whatever the other layers use.
import { spawnSync } from 'node:child_process';

const projects = ['tsconfig.shared.json', 'tsconfig.core.json', 'tsconfig.main.json', 'tsconfig.renderer.json', 'tsconfig.tooling.json'];
let failed = false;
for (const project of projects) {
  const result = spawnSync('npx', ['--no-install', 'tsc', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`typecheck failed: ${project}\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
