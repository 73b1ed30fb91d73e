import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { Resolution } from '../../../shared/results/result-document.ts';
import { directResolution, isIpLiteral, type Resolver } from './resolver.ts';

/**
 * Finds the address to probe: the system's `address` override, an IP literal as is, or a lookup.
 *
 * The first address returned is the one probed (the order the resolver gives, as Windows would try
 * it); the others stay in the evidence.
 */
export async function resolveTarget(target: CheckTarget, resolver: Resolver, signal: AbortSignal): Promise<Resolution> {
  if (target.address) return directResolution(target.host, target.address, 'address-override');
  if (isIpLiteral(target.host)) return directResolution(target.host, target.host, 'literal');
  return resolver.lookup(target.host, signal);
}
