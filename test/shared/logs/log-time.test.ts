import { describe, expect, it } from 'vitest';
import { describeLogTime, formatLocal, formatUtc, parseCopiedTime, parseMonthFirstTime } from '../../../shared/logs/log-time.ts';

describe('log times', () => {
  it('reads the CCM time attribute with its bias (UTC = local + bias)', () => {
    const time = parseMonthFirstTime('12-17-2024', '14:49:55.123+480');
    expect(time && formatLocal(time)).toBe('2024-12-17 14:49:55.123');
    expect(time && formatUtc(time)).toBe('2024-12-17 22:49:55.123Z');
    expect(time && describeLogTime(time)).toBe('2024-12-17 14:49:55.123 (UTC-08:00)');
  });

  it('shows a negative bias as a positive offset', () => {
    const time = parseMonthFirstTime('08-01-2024', '10:00:00.000-570');
    expect(time && describeLogTime(time)).toBe('2024-08-01 10:00:00.000 (UTC+09:30)');
  });

  it('refuses dates and times that do not exist', () => {
    expect(parseMonthFirstTime('02-29-2023', '10:00:00.000')).toBeNull();
    expect(parseMonthFirstTime('02-29-2024', '10:00:00.000')).not.toBeNull();
    expect(parseMonthFirstTime('12-17-2024', '24:00:00.000')).toBeNull();
    expect(parseCopiedTime('31/04/2024', '10:00:00')).toBeNull();
    expect(parseCopiedTime('4/1/2024', '13:00:00', 'PM')).toBeNull();
  });

  it('reads ISO-ordered and dotted copied dates', () => {
    expect(parseCopiedTime('2018-07-02', '14:24:06')?.ambiguousDate).toBeUndefined();
    expect(formatLocal(parseCopiedTime('02.07.2018', '14:24:06,5') ?? { localMs: 0 })).toBe('2018-07-02 14:24:06.500');
  });
});
