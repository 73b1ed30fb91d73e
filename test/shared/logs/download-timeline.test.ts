import { describe, expect, it } from 'vitest';
import { failedPayloadDownload, MANIFEST, PACKAGE, successfulDownload } from '../../../shared/logs/dmp-sequences.ts';
import { LogAnalyzer } from '../../../shared/logs/log-analyzer.ts';
import { LogClock, smsLine } from '../../../shared/logs/log-writer.ts';
import { parseText } from './parse-text.ts';

function analyze(messages: readonly string[], clock = new LogClock('2024-12-17T14:40:00.000')) {
  const analyzer = new LogAnalyzer();
  for (const entry of parseText(messages.map((message) => smsLine(message, clock)).join('\r\n'))) analyzer.add(entry);
  return analyzer.result();
}

describe('download timeline', () => {
  it('rebuilds a successful sync cycle and package download from KB 4490424', () => {
    const { attempts, findings } = analyze(successfulDownload());
    expect(findings).toEqual([]);
    expect(attempts.map((attempt) => [attempt.kind, attempt.package, attempt.lastStage?.state, attempt.outcome])).toEqual([
      ['manifest', MANIFEST, 4, 'success'],
      ['package', PACKAGE, 13, 'success'],
    ]);
    const [manifest, pkg] = attempts;
    expect(manifest?.stages.map((stage) => stage.state)).toEqual([0, 1, 2, 3, 4]);
    expect(manifest?.urls).toContain('https://go.microsoft.com/fwlink/?LinkId=2309745');
    expect(pkg?.stages.map((stage) => stage.state)).toEqual([6, 8, 9, 10, 25, 11, 12, 13]);
    expect(pkg?.mode).toBe('online');
    expect(pkg?.urls[0]).toMatch(/^https:\/\/configmgrbits\.azureedge\.net\/release\//);
    // 250 ms per line: the package runs from its state 6 to its last line.
    expect(pkg?.durationMs).toBe((successfulDownload().length - 1 - successfulDownload().indexOf(`Generating state message: 6 for package ${PACKAGE}`)) * 250);
  });

  it('says where a failed download stopped, why, and that it will retry', () => {
    const { attempts, findings } = analyze([...successfulDownload().slice(0, 16), ...failedPayloadDownload()]);
    const failed = attempts.find((attempt) => attempt.outcome === 'failed');
    expect(failed).toMatchObject({ kind: 'package', package: PACKAGE, retry: true, lastStage: { state: 9 } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'dns', host: 'configmgrbits.azureedge.net', attempt: failed?.id, occurrences: 1 });
    expect(failed?.findings).toEqual([0]);
  });

  it('starts a new attempt when a failed package is downloaded again', () => {
    const { attempts } = analyze([...failedPayloadDownload(), ...successfulDownload().slice(16)]);
    expect(attempts.filter((attempt) => attempt.package === PACKAGE).map((attempt) => attempt.outcome)).toEqual(['failed', 'success']);
  });

  it('leaves an attempt the log ends in as incomplete', () => {
    const { attempts } = analyze(successfulDownload().slice(0, 8));
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ outcome: 'incomplete', lastStage: { state: 1 } });
  });

  it('keeps a follow-up line with the failure it details (KB 4561945)', () => {
    const { attempts, findings } = analyze([
      'Redirected to URL https://configmgrbits.azureedge.net/adminuicontent/ConfigMgr.AdminUIContent.cab',
      'ERROR: Failed to download Admin UI content payload with exception: The underlying connection was closed: An unexpected error occurred on a send.',
      'Failed to call AdminUIContentDownload. error = Error -2146233079',
    ]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.findings).toEqual([0, 1]);
    expect(findings.map((finding) => [finding.category, finding.host])).toEqual([
      ['tls-protocol', 'configmgrbits.azureedge.net'],
      ['internal', 'configmgrbits.azureedge.net'],
    ]);
  });

  it('marks offline mode on the cycle without calling it a failure', () => {
    const { attempts, findings } = analyze(["Hasn't synced recently.", 'Service connection point is in offline mode. Use ServiceConnectionTool to import updates']);
    expect(attempts[0]).toMatchObject({ mode: 'offline', outcome: 'incomplete' });
    expect(findings[0]).toMatchObject({ category: 'offline-mode', severity: 'info' });
  });

  it('counts a failure repeated every cycle as one finding', () => {
    const cycles = Array.from({ length: 5 }, () => failedPayloadDownload()).flat();
    const { attempts, findings } = analyze(cycles);
    expect(attempts.filter((attempt) => attempt.outcome === 'failed')).toHaveLength(5);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.occurrences).toBe(5);
    expect(findings[0]?.first?.line).toBe(8);
    expect(findings[0]?.line).toBe(8 + 4 * failedPayloadDownload().length);
  });
});
