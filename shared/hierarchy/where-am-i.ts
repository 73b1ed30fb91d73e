import { isVantageOf } from '../results/merge-vantages.ts';
import type { Vantage } from '../results/result-document.ts';
import type { Hierarchy } from './model.ts';

/** Which system of the hierarchy this machine is, and how that was told. */
export type Whereabouts =
  | { kind: 'found'; system: string; by: 'name' | 'address' }
  | { kind: 'ambiguous'; systems: string[] }
  | { kind: 'elsewhere' };

/**
 * Works out which system of the loaded hierarchy this machine is: by its host name (the FQDN's
 * first label, `P01SS01` is `p01ss01.corp.contoso.example`), else by one of its addresses given as a
 * system's test address. Two systems matching is reported as such, never guessed between. A machine
 * that is none of them (a helpdesk PC) is "elsewhere": its checks tell the path from where it sits.
 */
export function whereAmI(hierarchy: Hierarchy, vantage: Pick<Vantage, 'hostname' | 'addresses'>): Whereabouts {
  const byName = hierarchy.systems.filter((system) => isVantageOf(vantage.hostname, system.fqdn));
  if (byName.length === 1 && byName[0]) return { kind: 'found', system: byName[0].fqdn, by: 'name' };
  if (byName.length > 1) return { kind: 'ambiguous', systems: byName.map((system) => system.fqdn) };
  const addresses = new Set(vantage.addresses.map((address) => address.toLowerCase()));
  const byAddress = hierarchy.systems.filter((system) => system.address !== undefined && addresses.has(system.address.toLowerCase()));
  if (byAddress.length === 1 && byAddress[0]) return { kind: 'found', system: byAddress[0].fqdn, by: 'address' };
  if (byAddress.length > 1) return { kind: 'ambiguous', systems: byAddress.map((system) => system.fqdn) };
  return { kind: 'elsewhere' };
}
