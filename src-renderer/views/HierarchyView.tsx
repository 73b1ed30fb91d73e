import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRole } from '../../shared/hierarchy/describe-role.ts';
import { loadHierarchyFile } from '../../shared/hierarchy/hierarchy-csv.ts';
import type { IpcResult, OpenFileResult, RecentFile } from '../../shared/ipc/contract.ts';
import type { Hierarchy, Site } from '../../shared/hierarchy/model.ts';
import { getApi } from '../api/netcheck-api.ts';
import { FilePicker } from '../components/FilePicker.tsx';
import { IssueList } from '../components/IssueList.tsx';
import { HierarchyEditor } from '../hierarchy/HierarchyEditor.tsx';
import { ImportPreview } from '../hierarchy/ImportPreview.tsx';
import { useAppStore } from '../store/store-context.tsx';
import { hierarchyCounts } from '../hierarchy/hierarchy-counts.ts';

/**
 * The loaded hierarchy as a list: sites with their systems and roles, and the cloud services.
 * Opens JSON or CSV files through main's dialog, the recent list or by drag and drop, previewing
 * what an import changes before it replaces anything; a bad file shows every located problem and
 * leaves the current hierarchy in place. Saves as JSON or exports a table; edits in a draft.
 */
export function HierarchyView() {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const source = useAppStore((s) => s.hierarchySource);
  const warnings = useAppStore((s) => s.hierarchyWarnings);
  const unsaved = useAppStore((s) => s.hierarchyUnsaved);
  const rejected = useAppStore((s) => s.rejectedFile);
  const pending = useAppStore((s) => s.pendingImport);
  const draft = useAppStore((s) => s.draft);
  const importPreviewed = useAppStore((s) => s.importPreviewed);
  const hierarchyRejected = useAppStore((s) => s.hierarchyRejected);
  const hierarchySaved = useAppStore((s) => s.hierarchySaved);
  const rejectionDismissed = useAppStore((s) => s.rejectionDismissed);
  const demoRestored = useAppStore((s) => s.demoRestored);
  const editStarted = useAppStore((s) => s.editStarted);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const hasNativeDialogs = useAppStore((s) => s.appInfo?.shell !== 'browser-bridge');

  const refreshRecent = async () => {
    const answer = await getApi().listRecentHierarchies(null);
    if (answer.ok) setRecent(answer.value);
  };
  useEffect(() => {
    let current = true;
    void getApi()
      .listRecentHierarchies(null)
      .then((answer) => current && answer.ok && setRecent(answer.value));
    return () => {
      current = false;
    };
  }, []);

  const opened = (answer: IpcResult<OpenFileResult<Hierarchy>>) => {
    if (!answer.ok) return setMessage({ kind: 'error', text: t('ui.hierarchy.openFailed', { message: answer.error.message }) });
    const result = answer.value;
    if (result.status === 'opened') importPreviewed(result.value, { kind: 'file', path: result.path }, result.warnings);
    else if (result.status === 'invalid') hierarchyRejected({ path: result.path, errors: result.errors });
    void refreshRecent();
  };

  const openFile = async () => {
    setMessage(null);
    opened(await getApi().openHierarchyFile(null));
  };

  /** A file read in the page (browser mode, or dropped): JSON or a table, previewed like any import. */
  const loadText = (name: string, text: string) => {
    setMessage(null);
    const loaded = loadHierarchyFile(text, name);
    if (loaded.ok) importPreviewed(loaded.hierarchy, { kind: 'file', path: name }, loaded.warnings);
    else hierarchyRejected({ path: name, errors: loaded.errors });
  };

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) loadText(file.name, await file.text());
  };

  const save = async (format: 'json' | 'csv') => {
    const answer = await getApi().saveHierarchyFile({ hierarchy, format });
    if (!answer.ok) return setMessage({ kind: 'error', text: t('ui.hierarchy.saveFailed', { message: answer.error.message }) });
    if (answer.value.status !== 'saved') return;
    if (format === 'json') hierarchySaved(answer.value.path);
    setMessage({ kind: 'ok', text: t('ui.hierarchy.saved', { path: answer.value.path }) });
    void refreshRecent();
  };

  const sourceText =
    source.kind === 'demo'
      ? t('ui.hierarchy.sourceDemo')
      : source.kind === 'file'
        ? t('ui.hierarchy.sourceFile', { path: source.path })
        : source.kind === 'restored'
          ? t('ui.hierarchy.sourceRestored', { from: source.from })
          : t('ui.hierarchy.sourceResult', { path: source.path });

  return (
    <section className="view" aria-labelledby="hierarchy-heading" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
      <div className="view-header">
        <h2 id="hierarchy-heading">{hierarchy.name}</h2>
        <p className="muted">
          {sourceText}
          {unsaved && ` · ${t('ui.hierarchy.unsaved')}`} ·{' '}
          {hierarchyCounts(hierarchy, t)}
        </p>
        <div className="toolbar">
          {hasNativeDialogs ? (
            <button type="button" onClick={() => void openFile()}>
              {t('ui.hierarchy.openFile')}
            </button>
          ) : (
            <FilePicker accept=".json,.csv,.txt,application/json,text/csv" onFiles={([file]) => file && loadText(file.name, file.text)}>
              {t('ui.hierarchy.openFile')}
            </FilePicker>
          )}
          <button type="button" className="secondary" onClick={() => void save('json')} disabled={draft !== null}>
            {t('ui.hierarchy.saveJson')}
          </button>
          <button type="button" className="secondary" onClick={() => void save('csv')} disabled={draft !== null}>
            {t('ui.hierarchy.exportCsv')}
          </button>
          <button type="button" className="secondary" onClick={editStarted} disabled={draft !== null}>
            {t('ui.hierarchy.edit')}
          </button>
          {source.kind !== 'demo' && (
            <button type="button" className="secondary" onClick={demoRestored}>
              {t('ui.hierarchy.useDemo')}
            </button>
          )}
          <span className="muted">{t('ui.hierarchy.dropHint')}</span>
        </div>
        {recent.length > 0 && (
          <div className="recent-files">
            <span className="muted">{t('ui.hierarchy.recent')}</span>
            {recent.map((file) => (
              <button key={file.path} type="button" className="link-button" title={file.path} onClick={() => void getApi().openRecentHierarchy({ path: file.path }).then(opened)}>
                {file.path.split(/[\\/]/).pop()}
              </button>
            ))}
          </div>
        )}
      </div>

      {message && (
        <div className={`banner ${message.kind === 'error' ? 'banner-error' : 'banner-ok'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
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
      {pending && <ImportPreview pending={pending} />}
      {warnings.length > 0 && (
        <div className="banner banner-warn">
          <p>{t('ui.hierarchy.warnings')}</p>
          <IssueList issues={warnings} />
        </div>
      )}

      {draft ? (
        <HierarchyEditor draft={draft} />
      ) : (
        <>
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
        </>
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
