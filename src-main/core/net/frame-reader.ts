import type net from 'node:net';
import { errorInfo } from './resolver.ts';

/** How waiting for one frame ended. `received` is everything that arrived and was not a frame. */
export type FrameOutcome =
  | { kind: 'frame'; frame: Uint8Array }
  | { kind: 'closed'; received: Uint8Array }
  | { kind: 'aborted'; received: Uint8Array }
  | { kind: 'too-large'; received: Uint8Array; declared: number }
  | { kind: 'invalid'; received: Uint8Array }
  | { kind: 'error'; code: string; message: string; received: Uint8Array };

/**
 * Tells the length of the frame at the start of a buffer, undefined until enough has arrived, or 0
 * when the first bytes already show it is not this protocol (so garbage is refused at once instead
 * of waiting out the timeout for a frame that will never form).
 */
export type FrameLength = (buffer: Uint8Array) => number | undefined;

/**
 * Reads length-framed messages (DCE/RPC PDUs, NetBIOS-framed SMB, TDS packets) from a socket.
 *
 * Every wait ends: on a whole frame, when the peer closes or resets, when the signal aborts (the
 * check's timeout: a peer that drips one byte a second is cut off), or as soon as a frame declares
 * a length above `maxBytes` or more than `maxBytes` arrive without forming a frame (an endless
 * stream). Bytes after a frame are kept for the next read.
 */
export class FrameReader {
  private buffer = new Uint8Array(0);
  private ended = false;
  private failure: { code: string; message: string } | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly socket: net.Socket, private readonly maxBytes = 1024 * 1024) {
    socket.on('data', (chunk: Buffer) => {
      const next = new Uint8Array(this.buffer.length + chunk.length);
      next.set(this.buffer);
      next.set(chunk, this.buffer.length);
      this.buffer = next;
      this.wake?.();
    });
    socket.on('end', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('error', (err) => {
      this.failure = errorInfo(err);
      this.wake?.();
    });
  }

  /** Waits for the next whole frame. */
  async next(frameLength: FrameLength, signal: AbortSignal): Promise<FrameOutcome> {
    for (;;) {
      const declared = frameLength(this.buffer);
      if (declared !== undefined) {
        if (declared === 0) return this.take({ kind: 'invalid' });
        if (declared > this.maxBytes || declared < 0) return this.take({ kind: 'too-large', declared });
        if (this.buffer.length >= declared) {
          const frame = this.buffer.slice(0, declared);
          this.buffer = this.buffer.slice(declared);
          return { kind: 'frame', frame };
        }
      }
      if (this.buffer.length > this.maxBytes) return this.take({ kind: 'too-large', declared: this.buffer.length });
      if (this.failure) return this.take({ kind: 'error', ...this.failure });
      if (this.ended) return this.take({ kind: 'closed' });
      if (signal.aborted) return this.take({ kind: 'aborted' });
      await new Promise<void>((resolve) => {
        const done = () => {
          signal.removeEventListener('abort', done);
          this.wake = undefined;
          resolve();
        };
        this.wake = done;
        signal.addEventListener('abort', done, { once: true });
      });
    }
  }

  /** Everything received and not yet returned as a frame. */
  pending(): Uint8Array {
    return this.buffer;
  }

  private take<T extends Omit<FrameOutcome, 'received'>>(outcome: T): T & { received: Uint8Array } {
    const received = this.buffer;
    this.buffer = new Uint8Array(0);
    return { ...outcome, received };
  }
}
