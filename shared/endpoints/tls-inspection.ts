import type { TrustFamily } from './endpoint-rules.ts';
import { inspectionVendor, knownRoot } from './known-roots.ts';

/**
 * Deciding, from the chain an endpoint presented, whether a device between here and Microsoft
 * re-signed the traffic (TLS inspection). The decision rests on the root the chain ends in, found
 * by fingerprint in a certificate store, never on names:
 * - a root Microsoft publishes (or Windows Update's own root for its hosts): the expected chain;
 * - a root of the public store that Microsoft does not list: a warning only (Microsoft 365 hosts
 *   have used other public CAs), not proof of inspection;
 * - a root only this machine's own store or an added CA holds, or no root at all: inspection is
 *   suspected, named by the CA that signed the leaf (the inspecting device's CA).
 */

/** Where the root that completes a chain was found. `presented` roots are in no store here. */
export type AnchorStore = 'bundled' | 'system' | 'extra' | 'presented';

/** The root that completes a chain, by fingerprint, and where it was found. */
export interface ChainAnchor {
  name: string;
  sha1: string;
  sha256: string;
  store: AnchorStore;
}

/** A distinguished name's parts used in messages. */
export interface NameParts {
  commonName?: string;
  organization?: string;
}

/** What the classification needs to know about a presented chain. */
export interface ChainFacts {
  /** The CA that signed the leaf (the inspecting CA when there is one). */
  leafIssuer: NameParts;
  /** The issuer name of the last certificate presented, to name a root that was not found. */
  topIssuer: NameParts;
  /** The root that completes the chain, when a store holds it (or the server presented it). */
  anchor?: ChainAnchor;
}

/** How the chain compares with what the endpoint legitimately presents. */
export type InspectionFinding =
  | 'expected'
  | 'expected-by-name'
  | 'public-unlisted'
  | 'private-root'
  | 'unknown-root'
  | 'not-applicable';

/** The TLS-inspection verdict of the issue's `details.tls.inspection`. */
export interface InspectionVerdict {
  suspected: boolean;
  finding: InspectionFinding;
  /** The inspecting CA as "CN / O", when inspection is suspected. */
  issuer?: string;
  /** A product label guessed from that CA's name (heuristic). */
  vendor?: string;
  /** The root the chain ends in, by name. */
  root?: string;
}

/** "CN / O", or whichever part exists. */
export function describeName(name: NameParts): string {
  return [name.commonName, name.organization].filter((part) => part && part.length > 0).join(' / ') || 'an unnamed CA';
}

/**
 * Classifies a chain for a host of a trust family. `acceptedRoots` are SHA-256 fingerprints the
 * user declared legitimate (`--expected-root`: a root Microsoft adopted after this release).
 */
export function classifyChain(family: TrustFamily, facts: ChainFacts, acceptedRoots: readonly string[] = []): InspectionVerdict {
  if (family === 'intranet') return { suspected: false, finding: 'not-applicable', ...(facts.anchor ? { root: facts.anchor.name } : {}) };
  const anchor = facts.anchor;
  if (!anchor) {
    const topName = facts.topIssuer.commonName ?? '';
    if (family === 'windows-update' && topName === 'Microsoft Root Certificate Authority 2011') {
      return { suspected: false, finding: 'expected-by-name', root: topName };
    }
    return suspected('unknown-root', facts, topName || describeName(facts.topIssuer));
  }
  const root = anchor.name;
  if (acceptedRoots.some((fingerprint) => fingerprint.toUpperCase() === anchor.sha256.toUpperCase())) return { suspected: false, finding: 'expected', root };
  const known = knownRoot(anchor);
  if (known) return { suspected: false, finding: 'expected', root: known.name };
  if (anchor.store === 'bundled') return { suspected: false, finding: family === 'public' ? 'expected' : 'public-unlisted', root };
  return suspected('private-root', facts, root);
}

function suspected(finding: 'private-root' | 'unknown-root', facts: ChainFacts, root: string): InspectionVerdict {
  const issuer = describeName(facts.leafIssuer);
  const vendor = inspectionVendor(`${issuer} ${root}`);
  return { suspected: true, finding, issuer, ...(vendor ? { vendor } : {}), root };
}
