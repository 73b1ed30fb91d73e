import { PORT_REQUIREMENTS } from '../catalogue/port-catalogue.ts';
import type { Party, PortRequirement } from '../catalogue/port-types.ts';
import { findRole, hasRole, type Hierarchy, type RoleId, type Site } from '../hierarchy/model.ts';
import { portKey, type PlannedLink } from './link.ts';
import { resolvePorts, type DestinationContext } from './resolve-ports.ts';

/** Options of the derivation. */
export interface DeriveOptions {
  /** Also derive the ports needed only to install and repair roles (seed 003 BKMK_IBCMports…). */
  includeInstall?: boolean;
  /** The catalogue to derive from (tests pass a smaller one). */
  requirements?: readonly PortRequirement[];
}

interface Member {
  kind: 'system' | 'cmg';
  name: string;
  site?: string;
  context: DestinationContext;
}

/**
 * Derives every required connection of a hierarchy from the port catalogue.
 *
 * For each catalogue entry whose two ends are in the model, every pair of members holding the source
 * and destination roles that the entry's scope relates (same site, parent site, adjacent sites, the
 * whole hierarchy) becomes one link per destination port. `<-->` entries between different roles
 * also yield the reverse direction (seed 003, note 5). A system is never linked to itself: roles on
 * one server talk locally. The result is sorted, so the same hierarchy always gives the same plan.
 */
export function deriveLinks(hierarchy: Hierarchy, options: DeriveOptions = {}): PlannedLink[] {
  const requirements = options.requirements ?? PORT_REQUIREMENTS;
  const sites = new Map(hierarchy.sites.map((site, index) => [site.code.toUpperCase(), { site, index }] as const));
  const links = new Map<string, PlannedLink>();

  for (const requirement of requirements) {
    if (requirement.scope === 'external' || requirement.scope === 'within-subnet') continue;
    if (requirement.phase === 'install' && !options.includeInstall) continue;
    const sources = membersWithParty(hierarchy, sites, requirement.source);
    const destinations = membersWithParty(hierarchy, sites, requirement.destination).filter((member) =>
      satisfiesCondition(member, requirement),
    );
    for (const source of sources) {
      for (const destination of destinations) {
        if (source.name.toLowerCase() === destination.name.toLowerCase()) continue;
        if (!inScope(requirement, source, destination, sites)) continue;
        addLinks(links, requirement, source, destination, requirement.source, requirement.destination);
        if (requirement.direction === '<-->' && requirement.source !== requirement.destination) {
          addLinks(links, requirement, destination, source, requirement.destination, requirement.source);
        }
      }
    }
  }
  return [...links.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function membersWithParty(
  hierarchy: Hierarchy,
  sites: Map<string, { site: Site; index: number }>,
  party: Party,
): Member[] {
  if (party === 'cmg') {
    return (hierarchy.cloud ?? []).map((cmg, cmgIndex) => ({ kind: 'cmg', name: cmg.name, context: { cmg, cmgIndex } }));
  }
  const members: Member[] = [];
  hierarchy.systems.forEach((system, systemIndex) => {
    if (!hasRole(system, party as RoleId)) return;
    const site = sites.get(system.site.toUpperCase());
    members.push({
      kind: 'system',
      name: system.fqdn,
      site: system.site.toUpperCase(),
      context: { system, systemIndex, site: site?.site, siteIndex: site?.index },
    });
  });
  return members;
}

function satisfiesCondition(member: Member, requirement: PortRequirement): boolean {
  if (!requirement.when) return true;
  const dp = member.context.system && findRole(member.context.system, 'distribution-point');
  return requirement.when === 'pxe' ? dp?.pxe === true : dp?.multicast === true;
}

function inScope(
  requirement: PortRequirement,
  source: Member,
  destination: Member,
  sites: Map<string, { site: Site; index: number }>,
): boolean {
  const parentOf = (code: string | undefined) => (code ? sites.get(code)?.site.parent?.toUpperCase() : undefined);
  switch (requirement.scope) {
    case 'hierarchy':
      return true;
    case 'same-site':
      return source.site !== undefined && source.site === destination.site;
    case 'parent-site':
      return destination.site !== undefined && parentOf(source.site) === destination.site;
    case 'adjacent-sites':
      return (
        (destination.site !== undefined && parentOf(source.site) === destination.site) ||
        (source.site !== undefined && parentOf(destination.site) === source.site)
      );
    default:
      return false;
  }
}

function addLinks(
  links: Map<string, PlannedLink>,
  requirement: PortRequirement,
  source: Member,
  destination: Member,
  sourceRole: Party,
  destinationRole: Party,
): void {
  for (const row of requirement.ports) {
    for (const resolved of resolvePorts(row, destination.context, destinationRole)) {
      const id = `${source.name}>${destination.name}|${row.transport}/${portKey(resolved.port)}|${requirement.id}`;
      if (links.has(id)) continue;
      const address = destination.context.system?.address ?? destination.context.cmg?.address;
      links.set(id, {
        id,
        source: source.name,
        sourceRole,
        destination: destination.name,
        destinationKind: destination.kind,
        destinationRole,
        ...(address !== undefined ? { address } : {}),
        requirement: requirement.id,
        service: row.service,
        label: row.label,
        transport: row.transport,
        port: resolved.port,
        direction: requirement.direction,
        configurable: row.configurable,
        ...(resolved.configuredBy !== undefined ? { configuredBy: resolved.configuredBy } : {}),
        notes: [...new Set([...requirement.notes, ...row.notes])].sort((a, b) => a - b),
        citation: requirement.citation,
        ...(requirement.phase ? { phase: requirement.phase } : {}),
        ...(resolved.alternativeGroup ? { alternativeGroup: resolved.alternativeGroup } : {}),
      });
    }
  }
}
