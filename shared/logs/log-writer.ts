/**
 * Writing ConfigMgr log lines, in the two formats ConfigMgr writes: the site-server "SMS trace"
 * frame and the CCM frame. The app's embedded sample log, the tests and the benchmark are built
 * with these, so they write exactly what the reader reads.
 */

/** A clock that advances by `stepMs` per line, written as ConfigMgr writes local time. */
export class LogClock {
  private at: number;
  constructor(
    start: string,
    private readonly stepMs = 250,
  ) {
    this.at = Date.parse(`${start}Z`);
  }
  next(): { date: string; time: string } {
    const d = new Date(this.at);
    this.at += this.stepMs;
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return { date: `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}-${d.getUTCFullYear()}`, time: `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}` };
  }
}

/** A site-server trace line: `message~~  $$<COMPONENT><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=N (0xN)>`. */
export function smsLine(message: string, clock: LogClock, options: { bias?: number; thread?: number; component?: string; tildes?: boolean } = {}): string {
  const { date, time } = clock.next();
  const bias = options.bias ?? 480;
  const thread = options.thread ?? 7568;
  const sign = bias >= 0 ? '+' : '-';
  return `${message}${options.tildes === false ? '' : '~~'}  $$<${options.component ?? 'SMS_DMP_DOWNLOADER'}><${date} ${time}${sign}${Math.abs(bias)}><thread=${thread} (0x${thread.toString(16).toUpperCase()})>`;
}

/** A CCM line: `<![LOG[message]LOG]!><time="HH:MM:SS.mmm+BIAS" date="MM-DD-YYYY" component=… type=… thread=… file=…>`. */
export function ccmLine(message: string, clock: LogClock, options: { bias?: number; type?: number; component?: string } = {}): string {
  const { date, time } = clock.next();
  const bias = options.bias ?? 480;
  return `<![LOG[${message}]LOG]!><time="${time}${bias >= 0 ? '+' : '-'}${Math.abs(bias)}" date="${date}" component="${options.component ?? 'SMS_DMP_DOWNLOADER'}" context="" type="${options.type ?? 1}" thread="7568" file="dmpdownloader.cs:120">`;
}
