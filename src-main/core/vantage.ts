import os from 'node:os';
import type { Vantage } from '../../shared/results/result-document.ts';

/**
 * Describes the machine the checks run on: every result is "measured from here", and a link tested
 * from somewhere other than its source must say so.
 */
export function collectVantage(claimedSystem?: string): Vantage {
  const addresses: string[] = [];
  for (const entries of Object.values(os.networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (!entry.internal) addresses.push(entry.address);
    }
  }
  return {
    hostname: os.hostname(),
    addresses,
    platform: `${os.platform()} ${os.release()}`,
    ...(claimedSystem ? { claimedSystem } : {}),
  };
}
