import type { RoleId } from '../hierarchy/model.ts';

/**
 * The row a system sits on inside its site in the diagram, from its most central role: the site
 * server on top, then the site database and SMS Provider, then the roles clients use, then consoles
 * and client subnets. Engineers read a site top-down the way ConfigMgr's own diagrams draw it.
 */
export function roleTier(roles: readonly (RoleId | 'cmg' | 'internet' | 'azure')[]): number {
  const tiers = roles.map((role) => TIERS[role]);
  return tiers.length === 0 ? 3 : Math.min(...tiers);
}

const TIERS: Record<RoleId | 'cmg' | 'internet' | 'azure', number> = {
  'site-server': 0,
  'site-database': 1,
  'sms-provider': 1,
  'management-point': 2,
  'distribution-point': 2,
  'software-update-point': 2,
  'service-connection-point': 2,
  'cmg-connection-point': 2,
  'reporting-point': 2,
  cmg: 2,
  internet: 3,
  azure: 3,
  console: 3,
  'client-subnet': 3,
};
