import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopologyFilter } from '../../shared/topology/topology-filter.ts';
import type { TopologyGroup, TopologyNode } from '../../shared/topology/topology-model.ts';

/**
 * The diagram's controls: the filters (only problems, a transport, a site), the search that zooms to
 * a system, and the export buttons. Searching with no match says so instead of doing nothing.
 */
export function TopologyToolbar({
  filter,
  onFilter,
  groups,
  onSearch,
  onExport,
  exportDisabled,
  shown,
  total,
}: {
  filter: TopologyFilter;
  onFilter: (filter: TopologyFilter) => void;
  groups: readonly TopologyGroup[];
  /** Looks for a system; returns the match it zoomed to, or null. */
  onSearch: (query: string) => TopologyNode | null;
  onExport: (format: 'svg' | 'png') => void;
  exportDisabled: boolean;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  return (
    <div className="topology-toolbar" role="toolbar" aria-label={t('ui.topology.filters')}>
      <label>
        <input type="checkbox" checked={filter.onlyProblems} onChange={(event) => onFilter({ ...filter, onlyProblems: event.target.checked })} />
        {t('ui.topology.onlyProblems')}
      </label>
      <label>
        {t('ui.topology.protocol')}
        <select value={filter.transport} onChange={(event) => onFilter({ ...filter, transport: event.target.value as TopologyFilter['transport'] })}>
          <option value="all">{t('ui.topology.allProtocols')}</option>
          <option value="tcp">TCP</option>
          <option value="udp">UDP</option>
        </select>
      </label>
      <label>
        {t('ui.topology.site')}
        <select value={filter.group ?? ''} onChange={(event) => onFilter({ ...filter, group: event.target.value || null })}>
          <option value="">{t('ui.topology.allSites')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.label}
            </option>
          ))}
        </select>
      </label>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setMissing(onSearch(query) ? null : query);
        }}
      >
        <label>
          {t('ui.topology.search')}
          <input type="search" value={query} placeholder={t('ui.topology.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <button type="submit" className="secondary">
          {t('ui.topology.searchGo')}
        </button>
      </form>
      <span className="muted" aria-live="polite">
        {missing !== null ? t('ui.topology.searchNone', { query: missing }) : t('ui.topology.shown', { shown, total })}
      </span>
      <button type="button" className="secondary" disabled={exportDisabled} onClick={() => onExport('svg')}>
        {t('ui.topology.exportSvg')}
      </button>
      <button type="button" className="secondary" disabled={exportDisabled} onClick={() => onExport('png')}>
        {t('ui.topology.exportPng')}
      </button>
    </div>
  );
}
