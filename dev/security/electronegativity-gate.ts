import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../shared/hierarchy/csv-table.ts';

/** One finding of Electronegativity, as its CSV output gives it. */
export interface SecurityFinding {
  id: string;
  severity: string;
  confidence: 'CERTAIN' | 'FIRM' | 'TENTATIVE' | string;
  file: string;
  location: string;
  description: string;
}

/** Reads Electronegativity's CSV output (`-o findings.csv`). */
export function parseFindingsCsv(text: string): SecurityFinding[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`electronegativity CSV, line ${parsed.line}: ${parsed.message}`);
  return parsed.rows.slice(1).map(({ fields }) => ({
    id: (fields[0] ?? '').trim(),
    severity: (fields[1] ?? '').trim(),
    confidence: (fields[2] ?? '').trim(),
    file: (fields[3] ?? '').trim(),
    location: (fields[4] ?? '').trim(),
    description: (fields[6] ?? '').trim(),
  }));
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
 * `node_modules` are not scanned. Its attempts to fetch translations and release lists fail offline
 * and do not change the findings.
 */
export async function runElectronegativity(root: string): Promise<SecurityFinding[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-electronegativity-'));
  try {
    for (const part of ['src-main', 'src-renderer', 'package.json']) await cp(path.join(root, part), path.join(dir, 'input', part), { recursive: true });
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    const version = (pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
    const output = path.join(dir, 'findings.csv');
    const bin = path.join(root, 'node_modules', '.bin', 'electronegativity');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin, ['-i', path.join(dir, 'input'), '-r', '-v', 'false', ...(version ? ['-e', version] : []), '-o', output], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`electronegativity exited ${code}: ${stderr.slice(-500)}`))));
    });
    return parseFindingsCsv(await readFile(output, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
