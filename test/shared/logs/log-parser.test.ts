import { describe, expect, it } from 'vitest';
import { failedPayloadDownload, successfulDownload } from '../../../shared/logs/dmp-sequences.ts';
import { LogParser, MAX_RECORD_CHARS, ROLLOVER_MARKER } from '../../../shared/logs/log-parser.ts';
import type { LogEntry } from '../../../shared/logs/log-types.ts';
import { ccmLine, LogClock, smsLine } from '../../../shared/logs/log-writer.ts';
import { prng } from '../../support/prng.ts';
import { parseText } from './parse-text.ts';

/** The fields that matter, comparable across ways of feeding the parser. */
function summary(entries: readonly LogEntry[]) {
  return entries.map((entry) => ({ ...entry }));
}

describe('LogParser', () => {
  it('detects the format of every line in one file', () => {
    const clock = new LogClock('2024-12-17T14:00:00.000');
    const text = [smsLine('Download manifest.cab', clock), ccmLine('Uploading data', clock, { component: 'SMS_DMP_UPLOADER' }), 'Download manifest.cab\tSMS_DMP_DOWNLOADER\t8/2/2016 2:20:24 PM\t7568 (0x1D90)', 'a line with no frame at all'].join('\r\n');
    const entries = parseText(text);
    expect(entries.map((entry) => entry.format)).toEqual(['sms', 'ccm', 'clipboard', 'unframed']);
    expect(entries.map((entry) => entry.line)).toEqual([1, 2, 3, 4]);
    expect(entries.map((entry) => entry.index)).toEqual([0, 1, 2, 3]);
    expect(entries[3]?.message).toBe('a line with no frame at all');
  });

  it('reads LF and CRLF files alike and skips blank lines', () => {
    const clock = () => new LogClock('2024-12-17T14:00:00.000');
    const lf = parseText(successfulDownload().map((message) => smsLine(message, new LogClock('2024-12-17T14:00:00.000'))).join('\n'));
    const c = clock();
    const crlf = parseText(`${successfulDownload().map((message) => smsLine(message, c)).join('\r\n\r\n')}\r\n`);
    expect(crlf.map((entry) => entry.message)).toEqual(lf.map((entry) => entry.message));
    expect(crlf.every((entry) => !entry.message.endsWith('\r'))).toBe(true);
  });

  it('marks the rollover marker', () => {
    const entries = parseText(`x~~  $$<C><01-05-2024 09:03:07.100+0><thread=1 (0x1)>\r\n${ROLLOVER_MARKER}\r\n`);
    expect(entries[1]).toMatchObject({ rollover: true, format: 'unframed', message: ROLLOVER_MARKER });
  });

  it('flags the last entry incomplete when the file ends without its line break', () => {
    const entries = parseText('a~~  $$<C><01-05-2024 09:03:07.100+0><thread=1 (0x1)>\nb~~  $$<C><01-05-2024 09:03:07.100+0><thread=1 (0x', { lastLineIncomplete: true });
    expect(entries[0]?.incomplete).toBeUndefined();
    expect(entries[1]?.incomplete).toBe(true);
    expect(entries[1]?.message).toBe('b');
  });

  it('keeps the head of a huge record and counts the rest', () => {
    const entries = parseText(`${'x'.repeat(MAX_RECORD_CHARS + 500)}\n`);
    expect(entries[0]?.message).toHaveLength(MAX_RECORD_CHARS);
    expect(entries[0]?.truncatedChars).toBe(500);
  });

  it('counts entries by format and the framed lines whose time did not parse', () => {
    const entries: LogEntry[] = [];
    const parser = new LogParser({ file: 2, index: 10, line: 100 }, (entry) => entries.push(entry));
    parser.pushText('a~~  $$<C><13-45-2024 09:03:07.100+0><thread=1 (0x1)>\nfree text\n');
    parser.finish();
    expect(parser.stats).toEqual({ entries: 2, byFormat: { sms: 1, ccm: 0, clipboard: 0, unframed: 1 }, badTimestamps: 1 });
    expect(entries.map((entry) => [entry.file, entry.index, entry.line])).toEqual([
      [2, 10, 101],
      [2, 11, 102],
    ]);
    expect(parser.index).toBe(12);
    expect(parser.lineNumber).toBe(102);
  });

  it('gives the same entries however the text is cut into batches of whole lines', () => {
    const clock = new LogClock('2024-12-17T14:00:00.000');
    const lines = [...successfulDownload().map((m) => smsLine(m, clock)), ccmLine('multi\nline', clock), ...failedPayloadDownload().map((m) => smsLine(m, clock, { bias: -60 })), 'garbage ¤ é 𝄞', ''];
    const whole = parseText(lines.join('\r\n'));
    const random = prng(7);
    for (let round = 0; round < 20; round++) {
      const entries: LogEntry[] = [];
      const parser = new LogParser({ file: 0, index: 0 }, (entry) => entries.push(entry));
      const physical = lines.join('\r\n').split('\n');
      for (let at = 0; at < physical.length; ) {
        const take = 1 + Math.floor(random() * 5);
        const batch = physical.slice(at, at + take);
        at += take;
        parser.pushText(batch.join('\n') + (at < physical.length ? '\n' : ''));
      }
      parser.finish();
      expect(summary(entries)).toEqual(summary(whole));
    }
  });

  it('survives random text: every non-blank line ends up in an entry, in order', () => {
    const random = prng(42);
    const alphabet = ['a', ' ', '~', '$$<', '<![LOG[', ']LOG]!>', '><', '>', '<', '"', '=', '0', '9', '-', ':', '.', '+', '\t', '(0x1F)', 'é', '\ud83d', '\r', '\n', 'thread=', 'type="3"', ROLLOVER_MARKER];
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = Math.floor(random() * 80); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      const entries = parseText(text, { lastLineIncomplete: random() < 0.5 });
      const nonBlank = text.split('\n').filter((line) => line.trim() !== '').length;
      // A CCM record can take several lines; nothing else can.
      expect(entries.length).toBeLessThanOrEqual(nonBlank);
      if (!text.includes('<![LOG[')) expect(entries.length).toBe(nonBlank);
      expect(entries.map((entry) => entry.index)).toEqual(entries.map((_, i) => i));
      for (let i = 1; i < entries.length; i++) expect(entries[i]?.line).toBeGreaterThan(entries[i - 1]?.line ?? 0);
    }
  });
});
