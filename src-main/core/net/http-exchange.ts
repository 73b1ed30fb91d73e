import type { Duplex } from 'node:stream';
import { parseResponseHead, serializeRequest, redactedRequest, type HttpRequest, type HttpResponseHead } from '../../../shared/protocols/http1.ts';
import type { ExchangeLog } from './exchange-log.ts';
import { errorInfo } from './resolver.ts';

/** How one HTTP exchange ended. */
export type HttpExchangeOutcome =
  | { kind: 'response'; head: HttpResponseHead; durationMs: number }
  | { kind: 'invalid'; reason: string; received: Uint8Array; durationMs: number }
  | { kind: 'closed'; received: Uint8Array; durationMs: number }
  | { kind: 'failed'; code: string; message: string; durationMs: number }
  | { kind: 'aborted'; received: Uint8Array; durationMs: number };

/**
 * Writes one request on an open stream (a socket, a CONNECT tunnel, a TLS session) and reads the
 * response head, never throwing. The request goes into the log with its credentials redacted.
 *
 * For CONNECT, bytes that arrived after the head are pushed back into the stream, and the stream is
 * left paused, so a TLS session can start on it.
 */
export function exchangeHttp(stream: Duplex, request: HttpRequest, signal: AbortSignal, log: ExchangeLog, note: string): Promise<HttpExchangeOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (signal.aborted) return Promise.resolve({ kind: 'aborted', received: new Uint8Array(0), durationMs: 0 });
  return new Promise((resolve) => {
    let received = new Uint8Array(0);
    let settled = false;
    const finish = (outcome: HttpExchangeOutcome) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      stream.removeListener('data', onData);
      stream.removeListener('error', onError);
      stream.removeListener('end', onEnd);
      stream.removeListener('close', onEnd);
      stream.pause();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      const joined = new Uint8Array(received.length + chunk.length);
      joined.set(received);
      joined.set(chunk, received.length);
      received = joined;
      const parsed = parseResponseHead(received);
      if (parsed.kind === 'incomplete') return;
      log.received(received.subarray(0, parsed.kind === 'head' ? parsed.length : received.length), parsed.kind === 'head' ? `HTTP ${parsed.head.status} ${parsed.head.reason}`.trimEnd() : 'not HTTP');
      if (parsed.kind === 'invalid') {
        finish({ kind: 'invalid', reason: parsed.reason, received, durationMs: elapsed() });
        return;
      }
      finish({ kind: 'response', head: parsed.head, durationMs: elapsed() });
      if (request.method === 'CONNECT' && parsed.length < received.length) stream.unshift(Buffer.from(received.subarray(parsed.length)));
    };
    const onError = (err: Error) => finish({ kind: 'failed', ...errorInfo(err), durationMs: elapsed() });
    const onEnd = () => finish({ kind: 'closed', received, durationMs: elapsed() });
    const onAbort = () => finish({ kind: 'aborted', received, durationMs: elapsed() });
    stream.on('data', onData);
    stream.once('error', onError);
    stream.once('end', onEnd);
    stream.once('close', onEnd);
    signal.addEventListener('abort', onAbort, { once: true });
    log.sent(serializeRequest(redactedRequest(request)), note);
    stream.write(serializeRequest(request));
  });
}
