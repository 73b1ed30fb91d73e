import { describe, expect, it } from 'vitest';
import { classifyEntry, explain } from '../../../shared/logs/classify.ts';
import { LogParser } from '../../../shared/logs/log-parser.ts';
import { FINDING_CATEGORIES, type FindingCategory, type LogEntry } from '../../../shared/logs/log-types.ts';

function entryOf(message: string): LogEntry {
  let entry: LogEntry | undefined;
  const parser = new LogParser({ file: 0, index: 0 }, (parsed) => (entry = parsed));
  parser.pushText(`${message}~~  $$<SMS_DMP_DOWNLOADER><12-17-2024 14:49:55.123+480><thread=7568 (0x1D90)>\n`);
  if (!entry) throw new Error('no entry');
  return entry;
}

/** One line per category, in the words .NET, WinHTTP, BITS and the ConfigMgr articles use. */
const LINES: Record<FindingCategory, string[]> = {
  dns: ["WARNING: EasySetupDownloadSinglePackage Failed with exception: The remote name could not be resolved: 'configmgrbits.azureedge.net'", 'Failed to connect: No such host is known', 'WinHttpSendRequest failed with 0x80072EE7'],
  tcp: ['ERROR: Failed to download with exception: Unable to connect to the remote server', 'Upload failed: No connection could be made because the target machine actively refused it 10.0.0.1:443', 'Failed, error = 12029'],
  timeout: ['ERROR: Failed to download easy setup payload with exception: The operation has timed out', 'Upload failed with hr=0x80072EE2'],
  'tls-trust': ['WARNING: Failed to download easy setup payload with exception: The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.', 'Failed to check and load service signing certificate. System.ArgumentException: Fail to build chain', 'Request failed 0x80072F0D'],
  'tls-protocol': ['ERROR: Failed to download Admin UI content payload with exception: The underlying connection was closed: An unexpected error occurred on a send.', 'The request was aborted: Could not create SSL/TLS secure channel. Failed.'],
  proxy: ['ERROR: Failed with exception: The proxy name could not be resolved: proxy.contoso.example', 'ERROR: The remote server returned an error: (407) Proxy Authentication Required.', 'WARNING: Failed to download easy setup payload with exception: The remote server returned an error: (400) Bad Request.'],
  http: ['ERROR: Failed to upload with exception: The remote server returned an error: (503) Server Unavailable.', 'BITS job failed 0x80190194'],
  signature: ["ERROR: File 'E:\\ConfigMgr\\EasySetupPayload\\x.cab' is not signed", 'Failed to verify the payload hash'],
  disk: ['ERROR: Failed to write: There is not enough space on the disk.', 'Failed: Access to the path E:\\ConfigMgr\\EasySetupPayload\\x.cab is denied.', 'File E:\\ConfigMgr\\EasySetupPayload\\x.cab has been extracted with 5'],
  'offline-mode': ['Service connection point is in offline mode'],
  internal: ['Failed to call Initialize. error = [error code: -2147467261, error message: Invalid pointer].', 'OMS Upgrade Analytics Download interval is: every 0 minutes'],
  unknown: ['ERROR: Something nobody documented went wrong', 'Failed to process 0x8123ABCD'],
};

describe('classifying failure lines', () => {
  it('covers every category of the vocabulary', () => {
    expect(Object.keys(LINES).sort()).toEqual([...FINDING_CATEGORIES].sort());
  });

  for (const category of FINDING_CATEGORIES) {
    it.each(LINES[category])(`${category}: %s`, (message) => {
      const finding = classifyEntry(entryOf(message));
      expect(finding?.category).toBe(category);
      expect(finding?.explanation.length).toBeGreaterThan(20);
      expect(finding?.fix.length).toBeGreaterThan(20);
      expect(finding?.line).toBe(1);
    });
  }

  it('names the host the line gives, else the URL the attempt went to', () => {
    expect(classifyEntry(entryOf(LINES.dns[0] ?? ''))?.host).toBe('configmgrbits.azureedge.net');
    const finding = classifyEntry(entryOf(LINES['tls-protocol'][0] ?? ''), { lastUrl: 'https://configmgrbits.azureedge.net/adminuicontent/ConfigMgr.AdminUIContent.cab' });
    expect(finding).toMatchObject({ host: 'configmgrbits.azureedge.net', url: 'https://configmgrbits.azureedge.net/adminuicontent/ConfigMgr.AdminUIContent.cab' });
  });

  it('cites the document each explanation comes from', () => {
    expect(classifyEntry(entryOf(LINES.dns[0] ?? ''))?.source?.document).toMatch(/release-notes/);
    expect(classifyEntry(entryOf(LINES['tls-trust'][0] ?? ''))?.source?.document).toMatch(/3187516/);
  });

  it('gives the code and its name', () => {
    expect(classifyEntry(entryOf('Upload failed with hr=0x80072EE2'))).toMatchObject({ code: '0x80072EE2', codeName: 'ERROR_WINHTTP_TIMEOUT' });
    expect(classifyEntry(entryOf('BITS job failed 0x80190194'))).toMatchObject({ httpStatus: 404 });
  });

  it('leaves progress lines alone, even those with failure-like words', () => {
    for (const message of ['Download manifest.cab', 'WARNING: Retry in the next polling cycle', 'Successfully Dropped the state message 0', 'File E:\\x.cab has been extracted with 0', 'Verify the payload signature, hash value and extract the payload']) {
      expect(classifyEntry(entryOf(message))).toBeUndefined();
    }
  });
});

describe('lookup', () => {
  it('explains a code in any form and a message text', () => {
    expect(explain('-2147012894').codes[0]?.known?.name).toBe('ERROR_WINHTTP_TIMEOUT');
    expect(explain('The remote name could not be resolved').knowledge?.category).toBe('dns');
    expect(explain('nothing here')).toEqual({ query: 'nothing here', codes: [] });
  });
});
