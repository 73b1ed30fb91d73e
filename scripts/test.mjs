// The one test command (`npm test`, also run by .ci/run): install missing Debian prerequisites, lint, type-check every layer, build (the
// end-to-end tests drive the built renderer and the built CLI), then every vitest project. Every
// stage runs even when an earlier one failed, so one run shows everything; the closing line is
// "N passed, N failed" (tests plus failed stages) and the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const stages = [
  ['prerequisites', ['bash', 'scripts/ensure-test-deps.sh']],
  ['lint', ['eslint', '--max-warnings=0', '.']],
  ['typecheck', ['node', 'scripts/typecheck.mjs']],
  ['build', ['node', 'scripts/build.mjs']],
];
const failedStages = [];
for (const [name, command] of stages) {
  process.stdout.write(`\n== ${name} ==\n`);
  const [bin, ...args] = command;
  const result =
    bin === 'node' ? spawnSync(process.execPath, args, { stdio: 'inherit' }) : bin === 'bash' ? spawnSync(bin, args, { stdio: 'inherit' }) : spawnSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failedStages.push(name);
}

process.stdout.write('\n== tests ==\n');
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const extra = process.argv.slice(2);
spawnSync('npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], { stdio: 'inherit' });

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorCount ?? 0);
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((test) => test.status !== 'failed'));
  for (const file of brokenFiles) process.stdout.write(`test file failed to run: ${file.name}\n${file.message ?? ''}\n`);
  failed += brokenFiles.length;
} catch (err) {
  process.stdout.write(`could not read ${report}: ${err.message}\n`);
  failed += 1;
}
failed += failedStages.length;
if (failedStages.length > 0) process.stdout.write(`failed stages: ${failedStages.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
