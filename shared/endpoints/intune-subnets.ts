import type { PublishedRange } from './endpoint-types.ts';
import { INTUNE_ENDPOINTS } from './endpoint-sources.ts';
import { INTUNE_SECTIONS } from './intune-endpoints.ts';

/**
 * The Intune core service subnets of endpoint set 163 (seed 001, "service principal Intune"), for
 * firewalls that cannot filter by name: "the subnets listed here are provisioned for the Intune
 * scale units of every cloud region, and tenants can be moved between scale units". A name of set
 * 163 that resolves outside every range is worth a second look (a DNS override, a sinkhole, a
 * proxy answering for it), though Microsoft may add ranges before the document catches up.
 */
const CIDRS = [
  '104.46.162.96/27', '13.67.13.176/28', '13.67.15.128/27', '13.69.231.128/28', '13.69.67.224/28', '13.70.78.128/28',
  '13.70.79.128/27', '13.71.199.64/28', '13.73.244.48/28', '13.74.111.192/27', '13.77.53.176/28', '13.86.221.176/28',
  '13.89.174.240/28', '13.89.175.192/28', '20.189.229.0/25', '20.191.167.0/25', '20.37.153.0/24', '20.37.192.128/25',
  '20.38.81.0/24', '20.41.1.0/24', '20.42.1.0/24', '20.42.130.0/24', '20.42.224.128/25', '20.43.129.0/24',
  '20.44.19.224/27', '20.49.93.160/27', '40.119.8.128/25', '40.67.121.224/27', '40.70.151.32/28', '40.71.14.96/28',
  '40.74.25.0/24', '40.78.245.240/28', '40.78.247.128/27', '40.79.197.64/27', '40.79.197.96/28', '40.80.180.208/28',
  '40.80.180.224/27', '40.80.184.128/25', '40.82.248.224/28', '40.82.249.128/25', '52.150.137.0/25', '52.162.111.96/28',
  '52.168.116.128/27', '52.182.141.192/27', '52.236.189.96/27', '52.240.244.160/27', '20.204.193.12/30', '20.204.193.10/31',
  '20.192.174.216/29', '20.192.159.40/29',
];

export const INTUNE_CORE_RANGES: readonly PublishedRange[] = CIDRS.map((cidr) => ({ cidr, citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.core } }));

/** The endpoint set whose names the ranges cover. */
export const INTUNE_CORE_SET = 163;
