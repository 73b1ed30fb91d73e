import type { Hierarchy } from '../../shared/hierarchy/model.ts';

/** "1 site, 5 systems, 0 cloud services", each count with its own plural. */
export function hierarchyCounts(hierarchy: Hierarchy, t: (key: string, options: { count: number }) => string): string {
  return [
    t('ui.hierarchy.counts.sites', { count: hierarchy.sites.length }),
    t('ui.hierarchy.counts.systems', { count: hierarchy.systems.length }),
    t('ui.hierarchy.counts.cloud', { count: hierarchy.cloud?.length ?? 0 }),
  ].join(', ');
}
