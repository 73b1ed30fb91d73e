import { describe, expect, it } from 'vitest';
import { validateFollowLog, validateLogBytes, validateLogFilter, validateLogPaths, validateLogRows, validateSessionId } from '../../../shared/ipc/log-validation.ts';

describe('log call validation', () => {
  it('opens only log files by path, a bounded number', () => {
    expect(validateLogPaths({ paths: ['C:\\Logs\\Dmpdownloader.log', 'C:\\Logs\\Dmpdownloader.LO_', '/tmp/notes.txt'] })).toBeNull();
    expect(validateLogPaths({ paths: ['C:\\Users\\me\\.ssh\\id_rsa'] })).toMatch(/id_rsa is not a \.log/);
    expect(validateLogPaths({ paths: [] })).toMatch(/1-20/);
    expect(validateLogPaths({ paths: Array.from({ length: 21 }, (_, i) => `${i}.log`) })).toMatch(/1-20/);
    expect(validateLogPaths({ paths: ['a.log\0.exe'] })).toMatch(/file paths/);
  });

  it('takes bytes from the page only as base64 of log files, within the bridge limit', () => {
    expect(validateLogBytes({ files: [{ name: 'Dmpdownloader.log', base64: 'aGVsbG8=' }] })).toBeNull();
    expect(validateLogBytes({ files: [{ name: 'x.exe', base64: '' }] })).toMatch(/not a \.log/);
    expect(validateLogBytes({ files: [{ name: 'a.log', base64: 'not base64!' }] })).toMatch(/not base64/);
    expect(validateLogBytes({ files: [{ name: 'a.log', base64: 'A'.repeat(61 * 1024 * 1024) }] })).toMatch(/too large/);
  });

  it('bounds row reads and filters', () => {
    expect(validateLogRows({ sessionId: 's', start: 0, count: 200, filtered: false })).toBeNull();
    expect(validateLogRows({ sessionId: 's', start: -1, count: 200, filtered: false })).toMatch(/start/);
    expect(validateLogRows({ sessionId: 's', start: 0, count: 5000, filtered: false })).toMatch(/count/);
    expect(validateLogFilter({ sessionId: 's', filter: { text: 'azureedge', severities: ['error'] } })).toBeNull();
    expect(validateLogFilter({ sessionId: 's', filter: { severities: ['fatal'] } })).toMatch(/severities/);
    expect(validateFollowLog({ sessionId: 's', follow: 'yes' })).toMatch(/follow/);
    expect(validateSessionId({ sessionId: 's', extra: 1 })).toMatch(/sessionId/);
  });
});
