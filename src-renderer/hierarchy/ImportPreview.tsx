import { useTranslation } from 'react-i18next';
import { isUnchanged } from '../../shared/hierarchy/hierarchy-diff.ts';
import { IssueList } from '../components/IssueList.tsx';
import type { PendingImport } from '../store/hierarchy-slice.ts';
import { useAppStore } from '../store/store-context.tsx';
import { hierarchyCounts } from './hierarchy-counts.ts';

/** Shown lists are cut after this many names (the counts stay exact). */
const NAMES_SHOWN = 12;

function Names({ label, names }: { label: string; names: readonly string[] }) {
  if (names.length === 0) return null;
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return (
    <li>
      <strong>{label}</strong> ({names.length}): {shown}
      {names.length > NAMES_SHOWN ? ', …' : ''}
    </li>
  );
}

/** What an import would change in the current hierarchy, to confirm or cancel before anything is replaced. */
export function ImportPreview({ pending }: { pending: PendingImport }) {
  const { t } = useTranslation();
  const confirm = useAppStore((s) => s.importConfirmed);
  const cancel = useAppStore((s) => s.importCancelled);
  const { diff, hierarchy } = pending;
  const path = pending.source.kind === 'demo' ? '' : pending.source.kind === 'restored' ? pending.source.from : pending.source.path;
  return (
    <section className="card import-preview" aria-label={t('ui.hierarchy.previewHeading', { path })}>
      <h3>{t('ui.hierarchy.previewHeading', { path })}</h3>
      <p>{hierarchyCounts(hierarchy, t)}</p>
      {isUnchanged(diff) ? (
        <p className="muted">{t('ui.hierarchy.previewSame')}</p>
      ) : (
        <ul>
          <Names label={t('ui.hierarchy.sitesAdded')} names={diff.sitesAdded} />
          <Names label={t('ui.hierarchy.sitesRemoved')} names={diff.sitesRemoved} />
          <Names label={t('ui.hierarchy.sitesChanged')} names={diff.sitesChanged} />
          <Names label={t('ui.hierarchy.systemsAdded')} names={diff.systemsAdded} />
          <Names label={t('ui.hierarchy.systemsRemoved')} names={diff.systemsRemoved} />
          <Names label={t('ui.hierarchy.systemsChanged')} names={diff.systemsChanged.map((change) => `${change.fqdn} (${change.changes.join('; ')})`)} />
          <Names label={t('ui.hierarchy.cloudAdded')} names={diff.cloudAdded} />
          <Names label={t('ui.hierarchy.cloudRemoved')} names={diff.cloudRemoved} />
        </ul>
      )}
      {pending.warnings.length > 0 && (
        <>
          <p>{t('ui.hierarchy.warnings')}</p>
          <IssueList issues={pending.warnings} />
        </>
      )}
      <div className="toolbar">
        <button type="button" onClick={confirm}>
          {t('ui.hierarchy.previewConfirm')}
        </button>
        <button type="button" className="secondary" onClick={cancel}>
          {t('ui.hierarchy.previewCancel')}
        </button>
      </div>
    </section>
  );
}
