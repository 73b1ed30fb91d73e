import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One finding of Electronegativity. */
export interface SecurityFinding {
  id: string;
  severity: string;
  confidence: 'CERTAIN' | 'FIRM' | 'TENTATIVE' | string;
  file: string;
  location: string;
  description: string;
}

/** The findings the review file explains: rows `| CHECK_ID | file |…` of its table. */
export function reviewedFindings(markdown: string): Set<string> {
  const reviewed = new Set<string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim().replace(/^`|`$/g, ''));
    if (cells.length >= 4 && /^[A-Z_]+_CHECK$/.test(cells[1] ?? '')) reviewed.add(`${cells[1]} ${cells[2]}`);
  }
  return reviewed;
}

/**
 * The gate: no finding of certainty CERTAIN, and every FIRM or TENTATIVE one named in the review
 * file with its explanation. Also reports review entries no finding matches any more (to prune).
 */
export function gate(findings: readonly SecurityFinding[], reviewed: ReadonlySet<string>): { certain: SecurityFinding[]; unexplained: SecurityFinding[]; stale: string[] } {
  const certain = findings.filter((finding) => finding.confidence === 'CERTAIN');
  const unexplained = findings.filter((finding) => finding.confidence !== 'CERTAIN' && !reviewed.has(`${finding.id} ${finding.file}`));
  const seen = new Set(findings.map((finding) => `${finding.id} ${finding.file}`));
  return { certain, unexplained, stale: [...reviewed].filter((entry) => !seen.has(entry)) };
}

/**
 * Runs Electronegativity over what ships: the main process and the renderer sources with
 * `package.json` (for the Electron version), copied to a temporary folder so tests, tools and
 * `node_modules` are not scanned. The tool's runner is called in a child process and its findings
 * written as JSON: its own CSV writer writes the header and the rows in two racing writes, and under
 * load the header lands over the first finding. Its attempts to fetch translations and release
 * lists fail offline and do not change the findings.
 */
export async function runElectronegativity(root: string): Promise<SecurityFinding[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-electronegativity-'));
  try {
    for (const part of ['src-main', 'src-renderer', 'package.json']) await cp(path.join(root, part), path.join(dir, 'input', part), { recursive: true });
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    const version = (pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
    const output = path.join(dir, 'findings.json');
    const tool = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist');
    const script = `
      const fs = require('fs');
      const i18n = require(${JSON.stringify(path.join(tool, 'locales', 'i18n.js'))});
      const run = require(${JSON.stringify(path.join(tool, 'runner.js'))});
      (async () => {
        await i18n();
        const result = await run({ input: ${JSON.stringify(path.join(dir, 'input'))}, isRelative: true, isVerbose: false, customScan: [], excludeFromScan: [], parserPlugins: [], electronVersionOverride: ${JSON.stringify(version || undefined)} }, false);
        fs.writeFileSync(${JSON.stringify(output)}, JSON.stringify(result.issues.map((issue) => ({ id: issue.id, severity: issue.severity.name, confidence: issue.confidence.name, file: issue.file, location: issue.location.line + ':' + issue.location.column, description: issue.description }))));
      })().catch((error) => { console.error(error.stack); process.exit(1); });`;
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`electronegativity exited ${code}: ${stderr.slice(-500)}`))));
    });
    return JSON.parse(await readFile(output, 'utf8')) as SecurityFinding[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
