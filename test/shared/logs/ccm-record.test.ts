import { describe, expect, it } from 'vitest';
import { parseCcmRecord } from '../../../shared/logs/ccm-record.ts';
import { parseText } from './parse-text.ts';

const ATTRIBUTES = 'time="14:49:55.123+480" date="12-17-2024" component="SMS_DMP_UPLOADER" context="" type="3" thread="4116" file="dmpuploader.cs:88"';

describe('CCM records', () => {
  it('reads every attribute, the type deciding the severity', () => {
    const entry = parseCcmRecord(`<![LOG[Upload failed]LOG]!><${ATTRIBUTES}>`);
    expect(entry).toMatchObject({ format: 'ccm', message: 'Upload failed', component: 'SMS_DMP_UPLOADER', type: 3, severity: 'error', thread: 4116, sourceFile: 'dmpuploader.cs:88', biasMinutes: 480 });
    expect(new Date(entry?.utcMs ?? 0).toISOString()).toBe('2024-12-17T22:49:55.123Z');
  });

  it('uses the type over the words: a type 1 line mentioning an error stays information', () => {
    expect(parseCcmRecord(`<![LOG[0 errors found]LOG]!><${ATTRIBUTES.replace('type="3"', 'type="1"')}>`)?.severity).toBe('info');
    expect(parseCcmRecord(`<![LOG[slow]LOG]!><${ATTRIBUTES.replace('type="3"', 'type="2"')}>`)?.severity).toBe('warning');
  });

  it('joins a message that spans lines, numbered by its first line', () => {
    const entries = parseText(['first~~  $$<C><01-05-2024 09:03:07.100+0><thread=1 (0x1)>', '<![LOG[Exception:', '   at Foo()', '   at Bar()]LOG]!><' + ATTRIBUTES + '>', 'next~~  $$<C><01-05-2024 09:03:08.100+0><thread=1 (0x1)>'].join('\r\n'));
    expect(entries.map((entry) => [entry.format, entry.line])).toEqual([
      ['sms', 1],
      ['ccm', 2],
      ['sms', 5],
    ]);
    expect(entries[1]?.message).toBe('Exception:\n   at Foo()\n   at Bar()');
  });

  it('marks a record the file ends inside as incomplete, keeping its text', () => {
    const entries = parseText('<![LOG[Downloading payload\nstill going');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ format: 'ccm', incomplete: true, message: 'Downloading payload\nstill going' });
  });

  it('closes an unfinished record when the next one starts', () => {
    const entries = parseText(`<![LOG[cut short\n<![LOG[whole]LOG]!><${ATTRIBUTES}>`);
    expect(entries.map((entry) => [entry.message, entry.incomplete ?? false])).toEqual([
      ['cut short', true],
      ['whole', false],
    ]);
  });
});
