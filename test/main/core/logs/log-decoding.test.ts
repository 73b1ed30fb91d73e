import { describe, expect, it } from 'vitest';
import { LogParser } from '../../../../shared/logs/log-parser.ts';
import type { LogEntry } from '../../../../shared/logs/log-types.ts';
import { detectEncoding, LINE_BYTE_CAP, LineSplitter, type LogEncoding } from '../../../../src-main/core/logs/log-decoding.ts';
import { prng } from '../../../support/prng.ts';

const LINES = ['Download manifest.cab~~  $$<SMS_DMP_DOWNLOADER><12-17-2024 14:49:55.123+480><thread=7568 (0x1D90)>', "Fichier 'E:\\Téléchargé\\x.cab' signé~~  $$<SMS_DMP_DOWNLOADER><12-17-2024 14:49:56.000+480><thread=7568 (0x1D90)>"];
const TEXT = `${LINES.join('\r\n')}\r\n`;

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]) : le;
}

/** Decodes and parses bytes pushed in chunks of the given sizes. */
function read(bytes: Uint8Array, chunkSizes: () => number = () => bytes.length) {
  const { encoding, skip } = detectEncoding(bytes.subarray(0, 4096));
  const entries: LogEntry[] = [];
  const parser = new LogParser({ file: 0, index: 0 }, (entry) => entries.push(entry));
  const splitter = new LineSplitter(encoding, (text, dropped, codes) => parser.pushText(text, dropped, codes));
  for (let at = skip; at < bytes.length; ) {
    const size = Math.max(1, chunkSizes());
    splitter.push(bytes.subarray(at, at + size));
    at += size;
  }
  splitter.end();
  parser.finish(splitter.stats.unterminated);
  return { encoding, entries, stats: splitter.stats };
}

describe('encodings', () => {
  const cases: [string, Uint8Array, LogEncoding][] = [
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(TEXT, false, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(TEXT, true, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(TEXT, false, false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(TEXT, true, false), 'utf-16be'],
    ['Windows-1252', Buffer.from(TEXT, 'latin1'), 'windows-1252'],
  ];
  it.each(cases)('%s', (_name, bytes, expected) => {
    const whole = read(bytes);
    expect(whole.encoding).toBe(expected);
    expect(whole.entries.map((entry) => entry.message)).toEqual(['Download manifest.cab', "Fichier 'E:\\Téléchargé\\x.cab' signé"]);
    expect(whole.entries.every((entry) => entry.component === 'SMS_DMP_DOWNLOADER' && entry.thread === 7568 && !Number.isNaN(entry.utcMs))).toBe(true);
    expect(whole.stats.invalidBytes).toBe(0);
    // Chunks cut anywhere, even inside a character or a UTF-16 code unit, read the same.
    const random = prng(bytes.length);
    expect(read(bytes, () => Math.floor(random() * 7)).entries).toEqual(whole.entries);
  });

  it('reads Windows-1252 bytes as their characters (€ is 0x80)', () => {
    const { entries } = read(Buffer.from([...Buffer.from('Co\xfbt 5 ', 'latin1'), 0x80, 0x93, 0x94, ...Buffer.from('\r\n')]));
    expect(entries[0]?.message).toBe('Coût 5 €“”');
  });
});

describe('bad input', () => {
  it('keeps what a truncated UTF-16 file holds and counts the odd byte', () => {
    const bytes = utf16(TEXT, false, true);
    const { entries, stats } = read(bytes.subarray(0, bytes.length - 3));
    expect(entries.map((entry) => entry.message)[0]).toBe('Download manifest.cab');
    expect(entries).toHaveLength(2);
    expect(entries[1]?.incomplete).toBe(true);
    expect(stats.invalidBytes).toBe(1);
    expect(stats.unterminated).toBe(true);
  });

  it('keeps the head of a 10 MB line and reads the next line normally', () => {
    const bytes = Buffer.from(`${'A'.repeat(10 * 1024 * 1024)}\r\n${LINES[0]}\r\n`);
    const { entries } = read(bytes, () => 1024 * 1024);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.message.length).toBeLessThanOrEqual(LINE_BYTE_CAP);
    expect((entries[0]?.message.length ?? 0) + (entries[0]?.truncatedChars ?? 0)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(entries[1]).toMatchObject({ message: 'Download manifest.cab', line: 2 });
  });

  it('reads binary garbage as unframed entries without failing', () => {
    const random = prng(3);
    for (let round = 0; round < 50; round++) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 5000) }, () => Math.floor(random() * 256));
      const { entries, stats } = read(bytes, () => 1 + Math.floor(random() * 700));
      expect(stats.bytes).toBe(bytes.length - detectEncoding(bytes).skip);
      for (const entry of entries) expect(typeof entry.message).toBe('string');
    }
  });

  it('counts invalid UTF-8 sequences in an otherwise UTF-8 file', () => {
    const bytes = Buffer.concat([Buffer.from('é ok\r\n'.repeat(1000)), Buffer.from([0x41, 0xc3, 0x28, 0x0d, 0x0a])]);
    const { encoding, entries, stats } = read(bytes);
    expect(encoding).toBe('utf-8');
    expect(entries).toHaveLength(1001);
    expect(stats.invalidBytes).toBe(1);
  });
});
