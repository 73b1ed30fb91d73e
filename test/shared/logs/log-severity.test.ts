import { describe, expect, it } from 'vitest';
import { severityOfText } from '../../../shared/logs/log-severity.ts';

describe('severity of a line without a type', () => {
  it.each([
    ['ERROR: Failed to download Admin UI content payload', 'error'],
    ['WARNING: Retry in the next polling cycle', 'warning'],
    ['The remote name could not be resolved', 'info'],
    ['Upload FAILED', 'error'],
    ['An eRRoR in odd case', 'error'],
    ['Warn: slow link', 'warning'],
    ['Cluster failover completed', 'info'],
    ['failover done, then fail', 'error'],
    ['Available updates: 3', 'info'],
  ])('%s → %s', (message, severity) => {
    expect(severityOfText(message)).toBe(severity);
  });
});
