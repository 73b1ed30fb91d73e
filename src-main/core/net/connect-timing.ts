/**
 * Per-destination connect timing for a run, learned from the connects that got an answer (a
 * SYN-ACK or a reset), the way nmap adapts its timeouts: a smoothed round-trip time and its
 * variation (RFC 6298's estimator).
 *
 * Why: a firewall that drops SYNs to some ports of a host otherwise costs the whole check timeout
 * per port, although the host answered its other ports in a millisecond. Once a destination has
 * answered, an unanswered SYN is given `max(250 ms, 3 × (srtt + 4 × rttvar))` before a second SYN is
 * tried, and only two unanswered SYNs make it `filtered`. A destination that never answered keeps the
 * full timeout: nothing is known about its path.
 */
export class ConnectTiming {
  private readonly stats = new Map<string, { srtt: number; rttvar: number; samples: number }>();
  private readonly waiting = new Map<string, Set<() => void>>();

  /** The shortest wait before an unanswered SYN is retried. */
  static readonly FLOOR_MS = 250;

  /**
   * Samples this long may include a SYN the kernel retransmitted (Linux's first retransmission is at
   * 1 s): like Karn's algorithm, they are not used, so one lost packet cannot inflate the estimate.
   */
  static readonly RETRANSMISSION_SUSPECT_MS = 900;

  /** Records the time a connect to `address` took to be answered (accepted or refused). */
  record(address: string, ms: number): void {
    if (ms >= ConnectTiming.RETRANSMISSION_SUSPECT_MS) return;
    const sample = Math.max(ms, 0.1);
    const current = this.stats.get(address);
    if (!current) {
      this.stats.set(address, { srtt: sample, rttvar: sample / 2, samples: 1 });
    } else {
      current.rttvar = 0.75 * current.rttvar + 0.25 * Math.abs(current.srtt - sample);
      current.srtt = 0.875 * current.srtt + 0.125 * sample;
      current.samples += 1;
    }
    for (const listener of [...(this.waiting.get(address) ?? [])]) listener();
  }

  /**
   * Calls `listener` whenever something new is learned about `address`, so an attempt that started
   * before anything was known can shorten its wait; returns the unsubscribe function.
   */
  onLearned(address: string, listener: () => void): () => void {
    const listeners = this.waiting.get(address) ?? new Set();
    listeners.add(listener);
    this.waiting.set(address, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.waiting.delete(address);
    };
  }

  /** How long an unanswered SYN to `address` may wait before it is retried; undefined while nothing is known. */
  attemptBudget(address: string): number | undefined {
    const current = this.stats.get(address);
    if (!current) return undefined;
    return Math.max(ConnectTiming.FLOOR_MS, Math.ceil(3 * (current.srtt + 4 * current.rttvar)));
  }

  /** The learned round-trip time to `address`, for evidence. */
  roundTrip(address: string): number | undefined {
    const current = this.stats.get(address);
    return current ? Math.round(current.srtt * 10) / 10 : undefined;
  }
}
