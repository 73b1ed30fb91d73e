import type { AzureCloud } from '../hierarchy/model.ts';
import type { EndpointAccess, EndpointCitation, EndpointEntry, EndpointFeatureId, EndpointFlag, EndpointRole, IntuneRow } from './endpoint-types.ts';

/**
 * The source documents of the endpoint catalogue (in `docs/sources/`) and the helpers the data
 * files use to transcribe them.
 */

/** "Conditions requises pour l’accès Internet", French, ms.date 06/19/2019. */
export const INTERNET_2019 = '000_c73d4eef002f4cf7.txt';
/** "Points de terminaison réseau pour Microsoft Intune", French, recent. */
export const INTUNE_ENDPOINTS = '001_721952b615bf19a8.txt';
/** "Vereisten voor internettoegang", Dutch, ms.date 07/07/2020: the newer revision of seed 000. */
export const INTERNET_2020 = '002_42b655f7cc8d0b59.txt';
/** "À propos du point de connexion de service", French, ms.date 1/29/2018. */
export const SERVICE_CONNECTION_POINT = '004_5140e25d7240851c.txt';

/** Cites `text` in a section of a document (see `EndpointCitation`). */
export function cite(document: string, section: string, text: string): EndpointCitation {
  return { document, section, text };
}

/** HTTPS on TCP 443. */
export const HTTPS: EndpointAccess = { scheme: 'https', port: 443 };
/** HTTP on TCP 80. */
export const HTTP: EndpointAccess = { scheme: 'http', port: 80 };
/**
 * "Outbound TCP 443 for HTTPS and TCP 80 for HTTP" to every location of the service connection
 * point sections (seed 000/002 `bkmk_scp`, seed 004 `bkmk_urls`), and "TCP : 80, 443" in the Intune tables.
 */
export const WEB: readonly EndpointAccess[] = [HTTPS, HTTP];

/**
 * How an address is reached: a URL says its own scheme; a bare host gets the section's ports.
 */
export function accessOf(address: string, sectionAccess: readonly EndpointAccess[]): EndpointAccess[] {
  if (/^https:\/\//i.test(address)) return [HTTPS];
  if (/^http:\/\//i.test(address)) return [HTTP];
  return [...sectionAccess];
}

/** One entry as a data file writes it; `id`, `access` and `flags` are filled in by `defineEntries`. */
export interface EntrySpec {
  address: string;
  roles: readonly EndpointRole[];
  cite: readonly EndpointCitation[];
  access?: readonly EndpointAccess[];
  cloud?: AzureCloud;
  flags?: readonly EndpointFlag[];
  intune?: IntuneRow;
  scaleUnits?: readonly string[];
  note?: string;
}

/**
 * Turns the specs of one feature into catalogue entries. The id is `feature:address` in lower
 * case, so it stays stable when entries are reordered. Flags the documents attach to hosts
 * (`endpoint-rules.ts`) are added later, by the catalogue, from the host names.
 */
export function defineEntries(feature: EndpointFeatureId, sectionAccess: readonly EndpointAccess[], specs: readonly EntrySpec[]): EndpointEntry[] {
  return specs.map((spec) => ({
    id: `${feature}:${spec.address.toLowerCase()}`,
    feature,
    address: spec.address,
    access: spec.access ? [...spec.access] : accessOf(spec.address, sectionAccess),
    roles: [...spec.roles],
    cloud: spec.cloud ?? 'any',
    flags: [...(spec.flags ?? [])],
    citations: [...spec.cite],
    ...(spec.intune ? { intune: spec.intune } : {}),
    ...(spec.scaleUnits ? { scaleUnits: [...spec.scaleUnits] } : {}),
    ...(spec.note ? { note: spec.note } : {}),
  }));
}
