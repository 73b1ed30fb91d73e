import type { TrustFamily } from './endpoint-rules.ts';
import type { EndpointFeatureId, EndpointFlag } from './endpoint-types.ts';

/**
 * What the catalogue says of one tested endpoint, carried on its check's target so the probe can
 * judge what it sees (and the result keeps what it was judged against).
 */
export interface EndpointExpectation {
  /** The catalogue entries this URL answers for. */
  entries: string[];
  features: EndpointFeatureId[];
  flags: EndpointFlag[];
  trust: TrustFamily;
  /** Wildcards of the documents this concrete host stands in for (`*.manage.microsoft.com`). */
  standsInFor?: string[];
  /** Placeholders filled from the hierarchy: `<name>` ← `cloud[0].azureName`. */
  filled?: { placeholder: string; value: string; from: string }[];
  /** Published ranges the resolved addresses should fall in (seed 001, endpoint set 163). */
  ranges?: 'intune-core';
}
