import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRole } from '../../shared/hierarchy/describe-role.ts';
import { loadHierarchy } from '../../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy, Site } from '../../shared/hierarchy/model.ts';
import { getApi } from '../api/netcheck-api.ts';
import { FilePicker } from '../components/FilePicker.tsx';
import { IssueList } from '../components/IssueList.tsx';
import { useAppStore } from '../store/store-context.tsx';

/**
 * The loaded hierarchy as a list: sites with their systems and roles, and the cloud services.
 * Opens files through main's dialog or by drag and drop; a bad file shows every located problem
 * and leaves the current hierarchy in place.
 */
export function HierarchyView() {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const source = useAppStore((s) => s.hierarchySource);
  const warnings = useAppStore((s) => s.hierarchyWarnings);
  const rejected = useAppStore((s) => s.rejectedFile);
  const hierarchyLoaded = useAppStore((s) => s.hierarchyLoaded);
  const hierarchyRejected = useAppStore((s) => s.hierarchyRejected);
  const rejectionDismissed = useAppStore((s) => s.rejectionDismissed);
  const demoRestored = useAppStore((s) => s.demoRestored);
  const [openError, setOpenError] = useState<string | null>(null);
  const hasNativeDialogs = useAppStore((s) => s.appInfo?.shell !== 'browser-bridge');

  const openFile = async () => {
    setOpenError(null);
    const answer = await getApi().openHierarchyFile(null);
    if (!answer.ok) return setOpenError(answer.error.message);
    const result = answer.value;
    if (result.status === 'opened') hierarchyLoaded(result.value, { kind: 'file', path: result.path }, result.warnings);
    else if (result.status === 'invalid') hierarchyRejected({ path: result.path, errors: result.errors });
  };

  const loadText = (name: string, text: string) => {
    const loaded = loadHierarchy(text);
    if (loaded.ok) hierarchyLoaded(loaded.hierarchy, { kind: 'file', path: name }, loaded.warnings);
    else hierarchyRejected({ path: name, errors: loaded.errors });
  };

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) loadText(file.name, await file.text());
  };

  const sourceText =
    source.kind === 'demo'
      ? t('ui.hierarchy.sourceDemo')
      : source.kind === 'file'
        ? t('ui.hierarchy.sourceFile', { path: source.path })
        : t('ui.hierarchy.sourceResult', { path: source.path });

  return (
    <section className="view" aria-labelledby="hierarchy-heading" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
      <div className="view-header">
        <h2 id="hierarchy-heading">{hierarchy.name}</h2>
        <p className="muted">
          {sourceText} ·{' '}
          {t('ui.hierarchy.summary', { sites: hierarchy.sites.length, systems: hierarchy.systems.length, cloud: hierarchy.cloud?.length ?? 0 })}
        </p>
        <div className="toolbar">
          {hasNativeDialogs ? (
            <button type="button" onClick={() => void openFile()}>
              {t('ui.hierarchy.openFile')}
            </button>
          ) : (
            <FilePicker accept=".json,application/json" onFile={loadText}>
              {t('ui.hierarchy.openFile')}
            </FilePicker>
          )}
          {source.kind !== 'demo' && (
            <button type="button" className="secondary" onClick={demoRestored}>
              {t('ui.hierarchy.useDemo')}
            </button>
          )}
          <span className="muted">{t('ui.hierarchy.dropHint')}</span>
        </div>
      </div>

      {openError && (
        <div className="banner banner-error" role="alert">
          {t('ui.hierarchy.openFailed', { message: openError })}
        </div>
      )}
      {rejected && (
        <div className="banner banner-error" role="alert">
          <p>{t('ui.hierarchy.rejected', { path: rejected.path, count: rejected.errors.length })}</p>
          <IssueList issues={rejected.errors} />
          <button type="button" className="secondary" onClick={rejectionDismissed}>
            {t('ui.common.dismiss')}
          </button>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="banner banner-warn">
          <p>{t('ui.hierarchy.warnings')}</p>
          <IssueList issues={warnings} />
        </div>
      )}

      {hierarchy.sites.map((site) => (
        <SiteCard key={site.code} site={site} hierarchy={hierarchy} />
      ))}
      {(hierarchy.cloud?.length ?? 0) > 0 && (
        <article className="card">
          <h3>{t('ui.hierarchy.cloudHeading')}</h3>
          <ul>
            {hierarchy.cloud?.map((cmg) => (
              <li key={cmg.name}>
                <code>{t('ui.hierarchy.cmgLine', { name: cmg.name, count: cmg.instances })}</code>
              </li>
            ))}
          </ul>
        </article>
      )}
    </section>
  );
}

function SiteCard({ site, hierarchy }: { site: Site; hierarchy: Hierarchy }) {
  const { t } = useTranslation();
  const systems = hierarchy.systems.filter((system) => system.site.toUpperCase() === site.code.toUpperCase());
  return (
    <article className={`card site-card site-${site.type}`} aria-label={t('ui.hierarchy.siteHeading', { code: site.code, name: site.name })}>
      <h3>
        {t('ui.hierarchy.siteHeading', { code: site.code, name: site.name })}{' '}
        <span className="muted">
          {t(`siteTypes.${site.type}`)} · {site.parent ? t('ui.hierarchy.parent', { code: site.parent }) : t('ui.hierarchy.noParent')}
        </span>
      </h3>
      {systems.length === 0 ? (
        <p className="muted">{t('ui.hierarchy.noSystems')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ui.hierarchy.columns.system')}</th>
              <th scope="col">{t('ui.hierarchy.columns.address')}</th>
              <th scope="col">{t('ui.hierarchy.columns.roles')}</th>
            </tr>
          </thead>
          <tbody>
            {systems.map((system) => (
              <tr key={system.fqdn}>
                <td>
                  <code>{system.fqdn}</code>
                </td>
                <td>{system.address ? <code>{system.address}</code> : <span className="muted">{t('ui.common.none')}</span>}</td>
                <td>{system.roles.map((role) => describeRole(role, t)).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
