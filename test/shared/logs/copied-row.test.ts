import { describe, expect, it } from 'vitest';
import { parseClipboardLine } from '../../../shared/logs/copied-row.ts';

describe('rows copied from CMTrace', () => {
  it('reads a tab-separated row with a US 12-hour date', () => {
    const entry = parseClipboardLine('Download manifest.cab\tSMS_DMP_DOWNLOADER\t8/2/2016 2:20:24 PM\t7568 (0x1D90)');
    expect(entry).toMatchObject({ format: 'clipboard', message: 'Download manifest.cab', component: 'SMS_DMP_DOWNLOADER', thread: 7568 });
    expect(new Date(entry?.localMs ?? 0).toISOString()).toBe('2016-08-02T14:20:24.000Z');
    expect(entry?.ambiguousDate).toBe(true);
    expect(entry?.utcMs).toBeNaN();
  });

  it('reads the spaced rendering documents print (KB 3187516)', () => {
    const entry = parseClipboardLine('WARNING: Retry in the next polling cycle SMS_DMP_DOWNLOADER 8/2/2016 2:20:25 PM 10760 (0x2A08)');
    expect(entry).toMatchObject({ message: 'WARNING: Retry in the next polling cycle', component: 'SMS_DMP_DOWNLOADER', thread: 10760, severity: 'warning' });
  });

  it('reads a day-first 24-hour date (a UK copy, SCCMdocs issue 650) and flags it ambiguous', () => {
    const entry = parseClipboardLine('https://configmgrbits.azureedge.net/adminuicontent/ConfigMgr.AdminUIContent.cab            SMS_DMP_DOWNLOADER     02/07/2018 14:24:06      4944 (0x1350)');
    expect(new Date(entry?.localMs ?? 0).toISOString()).toBe('2018-07-02T14:24:06.000Z');
    expect(entry?.ambiguousDate).toBe(true);
  });

  it('decides day and month when one exceeds 12', () => {
    expect(new Date(parseClipboardLine('m\tC\t25/12/2023 08:00:00\t1 (0x1)')?.localMs ?? 0).toISOString()).toBe('2023-12-25T08:00:00.000Z');
    expect(parseClipboardLine('m\tC\t25/12/2023 08:00:00\t1 (0x1)')?.ambiguousDate).toBeUndefined();
  });

  it('rejects text that only looks like a row', () => {
    expect(parseClipboardLine('Call returned (0x80004005)')).toBeUndefined();
    expect(parseClipboardLine('a\tb\tnot a date\t1 (0x1)')).toBeUndefined();
  });
});
