import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LogAnalyzer } from '../shared/logs/log-analyzer.ts';
import { LogParser } from '../shared/logs/log-parser.ts';
import { detectEncoding, LineSplitter } from '../src-main/core/logs/log-decoding.ts';
import { readLogSources } from '../src-main/core/logs/read-log-files.ts';
import { writeDmpLog } from './support/dmp-log-file.ts';

/**
 * Benchmark: reading a large Dmpdownloader.log (hundreds of MB, generated from the documented line
 * shapes: SMS-trace frames, some CCM records, failures and retries). Four passes over the same
 * file, best of three each: the floor any line reader pays (read, decode, split into lines), a
 * naive reader (one regular expression per line) for reference, the parse (every entry with its
 * timestamp, bias, severity, component and thread), and the whole analysis (attempts and
 * findings). Peak RSS is sampled during each pass.
 *
 *   npx tsx bench/logs-parse.ts [--mb 300]
 */
const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf('--mb') + 1] ?? 0) || 300;

/** Runs a pass, sampling RSS, and returns its seconds and the peak. */
async function timed(pass: () => Promise<number>): Promise<{ seconds: number; count: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const count = await pass();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { seconds, count, peakMb: Math.max(peak, process.memoryUsage().rss) / 1e6 };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-logbench-'));
try {
  const file = path.join(dir, 'Dmpdownloader.log');
  await writeDmpLog(file, targetMb);
  const size = (await stat(file)).size;
  const mb = size / 1024 / 1024;

  const splitOnly = async () => {
    let lines = 0;
    // Every line cut out as a string of its own, as any line reader hands them over.
    const splitter = new LineSplitter(detectEncoding(new Uint8Array()).encoding, (text) => {
      for (let at = 0, next = text.indexOf('\n'); at < text.length; at = next + 1, next = text.indexOf('\n', at)) {
        if (next < 0) next = text.length;
        if (text.slice(at, next).length >= 0) lines += 1;
      }
    });
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) splitter.push(chunk as Buffer);
    splitter.end();
    return lines;
  };
  // The reference the target was set against: one regular expression per line.
  const naiveFrame = /^(.*?)~*\s*\$\$<([^>]*)><(\d\d)-(\d\d)-(\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d+)><thread=(\d+)/;
  const naiveSeverity = /error|warn|fail/i;
  const naive = async () => {
    let timed = 0;
    const splitter = new LineSplitter('utf-8', (text) => {
      for (let at = 0, next = text.indexOf('\n'); at < text.length; at = next + 1, next = text.indexOf('\n', at)) {
        if (next < 0) next = text.length;
        const match = naiveFrame.exec(text.slice(at, next));
        if (!match) continue;
        const [, message = '', component, month, day, year, hour, minute, second, ms, bias] = match;
        const entry = { message, component, severity: naiveSeverity.test(message) ? 'error' : 'info', utcMs: Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(ms)) + Number(bias) * 60_000 };
        if (!Number.isNaN(entry.utcMs) && entry.component) timed += 1;
      }
    });
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) splitter.push(chunk as Buffer);
    splitter.end();
    return timed;
  };
  const parseOnly = async () => {
    let timed = 0;
    const parser = new LogParser({ file: 0, index: 0 }, (entry) => {
      if (!Number.isNaN(entry.localMs) && entry.component) timed += 1;
    });
    const splitter = new LineSplitter('utf-8', (text, dropped, codes) => parser.pushText(text, dropped, codes));
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) splitter.push(chunk as Buffer);
    splitter.end();
    parser.finish();
    return timed;
  };
  const analyze = async () => {
    const analyzer = new LogAnalyzer();
    await readLogSources([{ path: file }], (entry) => analyzer.add(entry));
    return analyzer.result().findings.length;
  };

  const best = async (pass: () => Promise<number>) => {
    const runs = [await timed(pass), await timed(pass), await timed(pass)];
    return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  };
  const floor = await best(splitOnly);
  const reference = await best(naive);
  const parse = await best(parseOnly);
  const full = await best(analyze);
  const rate = (seconds: number) => mb / seconds;
  process.stdout.write(
    [
      `Dmpdownloader.log of ${mb.toFixed(0)} MB (${floor.count} lines), best of 3:`,
      `  read + decode + split: ${rate(floor.seconds).toFixed(0)} MB/s (${floor.seconds.toFixed(2)} s), peak RSS ${floor.peakMb.toFixed(0)} MB`,
      `  naive regex per line (reference): ${rate(reference.seconds).toFixed(0)} MB/s = ${(floor.seconds / reference.seconds).toFixed(2)} × the floor; peak RSS ${reference.peakMb.toFixed(0)} MB`,
      `  parse (entries with time, severity, component): ${rate(parse.seconds).toFixed(0)} MB/s = ${(floor.seconds / parse.seconds).toFixed(2)} × the floor; ${parse.count} timed entries; peak RSS ${parse.peakMb.toFixed(0)} MB`,
      `  full analysis (attempts, findings): ${rate(full.seconds).toFixed(0)} MB/s = ${(floor.seconds / full.seconds).toFixed(2)} × the floor; ${full.count} findings; peak RSS ${full.peakMb.toFixed(0)} MB`,
      '',
    ].join('\n'),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
