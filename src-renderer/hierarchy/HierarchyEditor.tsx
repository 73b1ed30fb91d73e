import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addCloud, addRole, addSite, addSystem, removeCloud, removeRole, removeSite, removeSystem, setRole, updateCloud, updateSite, updateSystem, updateTenant } from '../../shared/hierarchy/edit-hierarchy.ts';
import { validateHierarchy } from '../../shared/hierarchy/load-hierarchy.ts';
import { ROLE_IDS, type Hierarchy, type RoleId, type SiteType } from '../../shared/hierarchy/model.ts';
import { formatIssue, type ValidationIssue } from '../../shared/validation/issue.ts';
import { useAppStore } from '../store/store-context.tsx';
import { EditorField } from './EditorField.tsx';
import { issuesAt, messageAt } from './field-issues.ts';
import { RoleFields } from './RoleFields.tsx';

/** Systems shown at once; a search narrows a large hierarchy. */
const SHOWN_SYSTEMS = 60;

/** Every issue of a draft: the schema's, then the hierarchy rules' (errors and warnings). */
function issuesOf(draft: Hierarchy): ValidationIssue[] {
  const checked = validateHierarchy(draft);
  return checked.ok ? checked.warnings : checked.errors;
}

/**
 * The editor: sites, systems with their roles and settings, the tenant and the cloud gateways, on
 * a draft validated at every keystroke. The hierarchy in use changes only when a valid draft is
 * applied; undo and redo step through the draft (Ctrl+Z, Ctrl+Y).
 */
export function HierarchyEditor({ draft }: { draft: Hierarchy }) {
  const { t } = useTranslation();
  const change = useAppStore((s) => s.draftChanged);
  const undo = useAppStore((s) => s.draftUndone);
  const redo = useAppStore((s) => s.draftRedone);
  const apply = useAppStore((s) => s.editApplied);
  const discard = useAppStore((s) => s.editDiscarded);
  const canUndo = useAppStore((s) => s.draftPast.length > 0);
  const canRedo = useAppStore((s) => s.draftFuture.length > 0);
  const [search, setSearch] = useState('');
  const issues = useMemo(() => issuesOf(draft), [draft]);
  const errors = issues.filter((issue) => issue.severity === 'error');
  const siteCodes = draft.sites.map((site) => site.code);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      undo();
    } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
      event.preventDefault();
      redo();
    }
  };

  const matching = draft.systems.map((system, index) => ({ system, index })).filter(({ system }) => search.trim() === '' || system.fqdn.toLowerCase().includes(search.trim().toLowerCase()) || system.site.toLowerCase() === search.trim().toLowerCase());

  return (
    <section className="editor" aria-label={t('ui.editor.heading')} onKeyDown={onKeyDown}>
      <div className="toolbar editor-toolbar">
        <button type="button" onClick={apply} disabled={errors.length > 0}>
          {t('ui.editor.apply')}
        </button>
        <button type="button" className="secondary" onClick={discard}>
          {t('ui.editor.discard')}
        </button>
        <button type="button" className="secondary" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          {t('ui.editor.undo')}
        </button>
        <button type="button" className="secondary" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
          {t('ui.editor.redo')}
        </button>
        <span className={errors.length > 0 ? 'editor-status-invalid' : 'muted'} aria-live="polite">
          {errors.length > 0 ? t('ui.editor.invalid', { count: errors.length }) : t('ui.editor.valid')}
        </span>
      </div>
      {issues.length > 0 && (
        <ul className="editor-issues">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`} className={issue.severity === 'error' ? 'editor-issue-error' : 'muted'}>
              {formatIssue(issue, t)}
            </li>
          ))}
        </ul>
      )}

      <fieldset className="card">
        <legend>{t('ui.editor.general')}</legend>
        <div className="editor-row">
          <EditorField label={t('ui.editor.name')} message={messageAt(t, issues, 'name')}>
            {(props) => <input {...props} value={draft.name} onChange={(event) => change({ ...draft, name: event.target.value })} />}
          </EditorField>
          <EditorField label={t('ui.editor.tenantId')} message={messageAt(t, issues, 'tenant.id')}>
            {(props) => <input {...props} value={draft.tenant?.id ?? ''} placeholder="contoso.onmicrosoft.com" onChange={(event) => change(updateTenant(draft, { id: event.target.value }))} />}
          </EditorField>
          <EditorField label={t('ui.editor.tenantCloud')} message={messageAt(t, issues, 'tenant.cloud')}>
            {(props) => (
              <select {...props} value={draft.tenant?.cloud ?? ''} onChange={(event) => change(updateTenant(draft, { cloud: event.target.value === '' ? undefined : (event.target.value as 'public' | 'us-government') }))}>
                <option value="">{t('ui.editor.notSet')}</option>
                <option value="public">public</option>
                <option value="us-government">us-government</option>
              </select>
            )}
          </EditorField>
          <EditorField label={t('ui.editor.tenantLocation')} message={messageAt(t, issues, 'tenant.location')}>
            {(props) => <input {...props} value={draft.tenant?.location ?? ''} placeholder="AMSUB0101" onChange={(event) => change(updateTenant(draft, { location: event.target.value }))} />}
          </EditorField>
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>{t('ui.editor.sites')}</legend>
        {draft.sites.map((site, index) => {
          const path = `sites[${index}]`;
          return (
            <div key={index} className={`editor-row${issuesAt(issues, path).some((issue) => issue.severity === 'error') ? ' editor-row-invalid' : ''}`} aria-label={t('ui.editor.siteLabel', { code: site.code })} role="group">
              <EditorField label={t('ui.editor.siteCode')} message={messageAt(t, issues, `${path}.code`)}>
                {(props) => <input {...props} value={site.code} size={5} onChange={(event) => change(updateSite(draft, index, { code: event.target.value.toUpperCase() }))} />}
              </EditorField>
              <EditorField label={t('ui.editor.siteName')} message={messageAt(t, issues, `${path}.name`)}>
                {(props) => <input {...props} value={site.name} onChange={(event) => change(updateSite(draft, index, { name: event.target.value }))} />}
              </EditorField>
              <EditorField label={t('ui.editor.siteType')} message={messageAt(t, issues, `${path}.type`)}>
                {(props) => (
                  <select {...props} value={site.type} onChange={(event) => change(updateSite(draft, index, { type: event.target.value as SiteType }))}>
                    {(['cas', 'primary', 'secondary'] as const).map((type) => (
                      <option key={type} value={type}>
                        {t(`siteTypes.${type}`)}
                      </option>
                    ))}
                  </select>
                )}
              </EditorField>
              <EditorField label={t('ui.editor.parent')} message={messageAt(t, issues, `${path}.parent`)}>
                {(props) => (
                  <select {...props} value={site.parent ?? ''} onChange={(event) => change(updateSite(draft, index, { parent: event.target.value || undefined }))}>
                    <option value="">{t('ui.editor.noParent')}</option>
                    {siteCodes
                      .filter((code) => code !== site.code)
                      .map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                  </select>
                )}
              </EditorField>
              <button type="button" className="secondary" onClick={() => change(addSystem(draft, site.code))}>
                {t('ui.editor.addSystem')}
              </button>
              <button type="button" className="danger" aria-label={t('ui.editor.removeSite', { code: site.code })} onClick={() => change(removeSite(draft, index))}>
                {t('ui.editor.remove')}
              </button>
            </div>
          );
        })}
        <button type="button" className="secondary" onClick={() => change(addSite(draft))}>
          {t('ui.editor.addSite')}
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>{t('ui.editor.systems', { count: draft.systems.length })}</legend>
        <label>
          {t('ui.editor.search')} <input value={search} onChange={(event) => setSearch(event.target.value)} placeholder={t('ui.editor.searchPlaceholder')} />
        </label>
        {matching.slice(0, SHOWN_SYSTEMS).map(({ system, index }) => {
          const path = `systems[${index}]`;
          return (
            <div key={index} className={`editor-system${issuesAt(issues, path).some((issue) => issue.severity === 'error') ? ' editor-row-invalid' : ''}`} role="group" aria-label={system.fqdn}>
              <div className="editor-row">
                <EditorField label={t('ui.editor.fqdn')} message={messageAt(t, issues, `${path}.fqdn`)}>
                  {(props) => <input {...props} value={system.fqdn} size={34} onChange={(event) => change(updateSystem(draft, index, { fqdn: event.target.value.trim() }))} />}
                </EditorField>
                <EditorField label={t('ui.editor.address')} message={messageAt(t, issues, `${path}.address`)}>
                  {(props) => <input {...props} value={system.address ?? ''} size={16} placeholder={t('ui.editor.addressPlaceholder')} onChange={(event) => change(updateSystem(draft, index, { address: event.target.value.trim() }))} />}
                </EditorField>
                <EditorField label={t('ui.editor.site')} message={messageAt(t, issues, `${path}.site`)}>
                  {(props) => (
                    <select {...props} value={system.site} onChange={(event) => change(updateSystem(draft, index, { site: event.target.value }))}>
                      {siteCodes.map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                    </select>
                  )}
                </EditorField>
                <button type="button" className="danger" aria-label={t('ui.editor.removeSystem', { fqdn: system.fqdn })} onClick={() => change(removeSystem(draft, index))}>
                  {t('ui.editor.remove')}
                </button>
              </div>
              <ul className="editor-roles">
                {system.roles.map((role, roleIndex) => {
                  const rolePath = `${path}.roles[${roleIndex}]`;
                  return (
                    <li key={roleIndex} className="editor-row">
                      <strong>{t(`roles.${role.role}`)}</strong>
                      <RoleFields role={role} path={rolePath} issues={issues} onChange={(next) => change(setRole(draft, index, roleIndex, next))} />
                      {messageAt(t, issues, `${rolePath}.role`) && <span className="editor-message">{messageAt(t, issues, `${rolePath}.role`)}</span>}
                      <button type="button" className="secondary" aria-label={t('ui.editor.removeRole', { role: t(`roles.${role.role}`), fqdn: system.fqdn })} onClick={() => change(removeRole(draft, index, roleIndex))}>
                        {t('ui.editor.remove')}
                      </button>
                    </li>
                  );
                })}
              </ul>
              <label>
                {t('ui.editor.addRole')}{' '}
                <select
                  aria-label={t('ui.editor.addRoleTo', { fqdn: system.fqdn })}
                  value=""
                  onChange={(event) => {
                    if (event.target.value) change(addRole(draft, index, event.target.value as RoleId));
                  }}
                >
                  <option value="">…</option>
                  {ROLE_IDS.filter((id) => !system.roles.some((role) => role.role === id)).map((id) => (
                    <option key={id} value={id}>
                      {t(`roles.${id}`)}
                    </option>
                  ))}
                </select>
              </label>
              {messageAt(t, issues, `${path}.roles`) && <span className="editor-message">{messageAt(t, issues, `${path}.roles`)}</span>}
            </div>
          );
        })}
        {matching.length > SHOWN_SYSTEMS && <p className="muted">{t('ui.editor.moreSystems', { count: matching.length - SHOWN_SYSTEMS })}</p>}
      </fieldset>

      <fieldset className="card">
        <legend>{t('ui.editor.cloud')}</legend>
        {(draft.cloud ?? []).map((cmg, index) => {
          const path = `cloud[${index}]`;
          return (
            <div key={index} className="editor-row" role="group" aria-label={cmg.name}>
              <EditorField label={t('ui.editor.cmgName')} message={messageAt(t, issues, `${path}.name`)}>
                {(props) => <input {...props} value={cmg.name} size={30} onChange={(event) => change(updateCloud(draft, index, { name: event.target.value.trim() }))} />}
              </EditorField>
              <EditorField label={t('ui.editor.instances')} message={messageAt(t, issues, `${path}.instances`)}>
                {(props) => <input {...props} type="number" min={1} max={16} value={cmg.instances} onChange={(event) => change(updateCloud(draft, index, { instances: Number(event.target.value) }))} />}
              </EditorField>
              <EditorField label={t('ui.editor.azureName')} message={messageAt(t, issues, `${path}.azureName`)}>
                {(props) => <input {...props} value={cmg.azureName ?? ''} onChange={(event) => change(updateCloud(draft, index, { azureName: event.target.value.trim() }))} />}
              </EditorField>
              <button type="button" className="danger" aria-label={t('ui.editor.removeCmg', { name: cmg.name })} onClick={() => change(removeCloud(draft, index))}>
                {t('ui.editor.remove')}
              </button>
            </div>
          );
        })}
        <button type="button" className="secondary" onClick={() => change(addCloud(draft))}>
          {t('ui.editor.addCmg')}
        </button>
      </fieldset>
    </section>
  );
}
