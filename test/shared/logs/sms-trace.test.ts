import { describe, expect, it } from 'vitest';
import { lastFrame, SmsTraceReader } from '../../../shared/logs/sms-trace.ts';
import { parseText } from './parse-text.ts';

// KB 4490424 quotes this message; the frame is the one SMS_Executive components write.
const LINE = 'Download manifest.cab~~  $$<SMS_DMP_DOWNLOADER><12-17-2024 14:49:55.123+480><thread=7568 (0x1D90)>';

describe('SMS trace lines', () => {
  it('reads message, component, local time, bias, UTC and thread', () => {
    const entry = new SmsTraceReader().parse(LINE);
    expect(entry).toMatchObject({ format: 'sms', message: 'Download manifest.cab', component: 'SMS_DMP_DOWNLOADER', thread: 7568, severity: 'info', biasMinutes: 480 });
    expect(new Date(entry?.localMs ?? 0).toISOString()).toBe('2024-12-17T14:49:55.123Z');
    // Windows' bias: UTC = local + bias, so +480 (Pacific standard time) is eight hours later in UTC.
    expect(new Date(entry?.utcMs ?? 0).toISOString()).toBe('2024-12-17T22:49:55.123Z');
  });

  it('applies a negative bias (Adelaide, -570) as UTC earlier than local time', () => {
    const entry = new SmsTraceReader().parse('x~~  $$<C><08-01-2024 10:00:00.000-570><thread=1 (0x1)>');
    expect(entry?.biasMinutes).toBe(-570);
    expect(new Date(entry?.utcMs ?? 0).toISOString()).toBe('2024-08-01T00:30:00.000Z');
  });

  it('keeps a line whose date does not exist, untimed, with its message and component', () => {
    const entry = new SmsTraceReader().parse('Started~~  $$<SMS_DMP_DOWNLOADER><02-30-2024 10:00:00.000+0><thread=1 (0x1)>');
    expect(entry?.message).toBe('Started');
    expect(entry?.component).toBe('SMS_DMP_DOWNLOADER');
    expect(entry?.localMs).toBeNaN();
    expect(entry?.thread).toBe(1);
  });

  it('reads timestamps that are not at the fixed width (unpadded fields, long fractions)', () => {
    const entry = new SmsTraceReader().parse('m~~  $$<C><1-5-2024 9:03:07.1234567+60><thread=22 (0x16)>');
    expect(new Date(entry?.localMs ?? 0).toISOString()).toBe('2024-01-05T09:03:07.123Z');
    expect(entry?.biasMinutes).toBe(60);
    expect(entry?.thread).toBe(22);
  });

  it('reads a frame without thread or bias', () => {
    const entry = new SmsTraceReader().parse('m  $$<C><01-05-2024 09:03:07.100>');
    expect(new Date(entry?.localMs ?? 0).toISOString()).toBe('2024-01-05T09:03:07.100Z');
    expect(entry?.biasMinutes).toBeNaN();
    expect(entry?.utcMs).toBeNaN();
    expect(entry?.thread).toBeUndefined();
  });

  it('ignores a bias beyond what Windows writes, keeping the local time', () => {
    const entry = new SmsTraceReader().parse('m~~  $$<C><01-05-2024 09:03:07.100+9999><thread=1 (0x1)>');
    expect(entry?.localMs).not.toBeNaN();
    expect(entry?.biasMinutes).toBeNaN();
  });

  it('tells consecutive components apart even when they have the same length', () => {
    const entries = parseText(['a~~  $$<SMS_DMP_UPLOADER><01-05-2024 09:03:07.100+0><thread=1 (0x1)>', 'b~~  $$<SMS_DMP_UPLOADEX><01-05-2024 09:03:07.100+0><thread=1 (0x1)>', 'c~~  $$<SMS_DMP_UPLOADER><01-05-2024 09:03:07.100+0><thread=1 (0x1)>'].join('\n'));
    expect(entries.map((entry) => entry.component)).toEqual(['SMS_DMP_UPLOADER', 'SMS_DMP_UPLOADEX', 'SMS_DMP_UPLOADER']);
  });

  it('takes the last frame of a line whose message itself contains "$$<"', () => {
    const line = 'price $$<1 ~~  $$<C><01-05-2024 09:03:07.100+0><thread=1 (0x1)>';
    expect(lastFrame(line)).toBe(line.lastIndexOf('$$<'));
    expect(new SmsTraceReader().parse(line)?.message).toBe('price $$<1');
  });

  it('changes date across midnight on consecutive lines', () => {
    const entries = parseText(['a~~  $$<C><12-31-2024 23:59:59.999+0><thread=1 (0x1)>', 'b~~  $$<C><01-01-2025 00:00:00.000+0><thread=1 (0x1)>'].join('\r\n'));
    expect(entries.map((entry) => new Date(entry.localMs).toISOString())).toEqual(['2024-12-31T23:59:59.999Z', '2025-01-01T00:00:00.000Z']);
  });
});
