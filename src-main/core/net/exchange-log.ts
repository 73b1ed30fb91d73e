import { toHex } from '../../../shared/protocols/bytes.ts';
import type { SocketEndpoint, WireExchange } from '../../../shared/results/result-document.ts';

/**
 * Records what a probe sends and receives, with the time since the probe started, for the
 * evidence. Keeps at most `limit` messages (an endless stream must not grow the result forever);
 * the count of what was left out is kept.
 */
export class ExchangeLog {
  readonly exchanges: WireExchange[] = [];
  omitted = 0;
  private readonly started = performance.now();

  constructor(private readonly limit = 32) {}

  sent(bytes: Uint8Array, note?: string, peer?: SocketEndpoint): void {
    this.add('sent', bytes, note, peer);
  }

  received(bytes: Uint8Array, note?: string, peer?: SocketEndpoint): void {
    this.add('received', bytes, note, peer);
  }

  /** Milliseconds since the log was created. */
  elapsed(): number {
    return Math.round(performance.now() - this.started);
  }

  private add(direction: WireExchange['direction'], bytes: Uint8Array, note?: string, peer?: SocketEndpoint): void {
    if (this.exchanges.length >= this.limit) {
      this.omitted += 1;
      return;
    }
    this.exchanges.push({ direction, atMs: this.elapsed(), bytes: bytes.length, hex: toHex(bytes), ...(note ? { note } : {}), ...(peer ? { peer } : {}) });
  }
}
