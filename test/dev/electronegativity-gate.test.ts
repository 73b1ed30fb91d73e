import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate, reviewedFindings, runElectronegativity, type SecurityFinding } from '../../dev/security/electronegativity-gate.ts';

const finding = (id: string, confidence: string, file: string): SecurityFinding => ({ id, severity: 'MEDIUM', confidence, file, location: '1:1', description: '' });

describe('the Electronegativity gate', () => {
  it('fails on any CERTAIN finding and on FIRM or TENTATIVE ones the review does not explain', () => {
    const findings = [finding('CSP_GLOBAL_CHECK', 'FIRM', 'src-renderer/index.html'), finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'CERTAIN', 'N/A'), finding('SANDBOX_JS_CHECK', 'FIRM', 'src-main/other.ts')];
    const reviewed = reviewedFindings('| Check | File |\n| --- | --- |\n| `CSP_GLOBAL_CHECK` | `src-renderer/index.html` | FIRM | img-src data: |\n| `AUXCLICK_JS_CHECK` | `src-main/gone.ts` | FIRM | old |\n');
    const result = gate(findings, reviewed);
    expect(result.certain.map((finding) => finding.id)).toEqual(['LIMIT_NAVIGATION_GLOBAL_CHECK']);
    expect(result.unexplained.map((finding) => finding.id)).toEqual(['SANDBOX_JS_CHECK']);
    expect(result.stale).toEqual(['AUXCLICK_JS_CHECK src-main/gone.ts']);
  });

  it('passes on the project: nothing CERTAIN, every other finding explained in docs/security-review.md', async () => {
    const findings = await runElectronegativity(path.resolve('.'));
    const reviewed = reviewedFindings(await readFile('docs/security-review.md', 'utf8'));
    const result = gate(findings, reviewed);
    expect({ certain: result.certain, unexplained: result.unexplained, stale: result.stale }).toEqual({ certain: [], unexplained: [], stale: [] });
    expect(findings.length).toBe(reviewed.size);
  }, 120_000);
});
