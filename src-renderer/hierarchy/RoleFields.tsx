import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/hierarchy/model.ts';
import type { ValidationIssue } from '../../shared/validation/issue.ts';
import { EditorField } from './EditorField.tsx';
import { messageAt } from './field-issues.ts';

/** A port typed in: a number, or nothing (the documented default applies). */
function portValue(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The settings of one role, as the checks use them. */
export function RoleFields({ role, path, issues, onChange }: { role: Role; path: string; issues: readonly ValidationIssue[]; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  const number = (key: string, value: number | undefined, placeholder: string, set: (next: number | undefined) => void) => (
    <EditorField key={key} label={t(`ui.editor.role.${key}`)} message={messageAt(t, issues, `${path}.${key}`)}>
      {(props) => <input {...props} type="number" min={1} max={65535} value={value ?? ''} placeholder={placeholder} onChange={(event) => set(portValue(event.target.value))} />}
    </EditorField>
  );
  const flag = (key: string, value: boolean | undefined, set: (next: boolean) => void) => (
    <label key={key} className="editor-flag">
      <input type="checkbox" checked={value ?? false} onChange={(event) => set(event.target.checked)} /> {t(`ui.editor.role.${key}`)}
    </label>
  );
  switch (role.role) {
    case 'site-database':
      return (
        <>
          {number('port', role.port, '1433', (port) => onChange({ ...role, port }))}
          {number('brokerPort', role.brokerPort, '4022', (brokerPort) => onChange({ ...role, brokerPort }))}
          <EditorField label={t('ui.editor.role.instance')} message={messageAt(t, issues, `${path}.instance`)}>
            {(props) => <input {...props} value={role.instance ?? ''} onChange={(event) => onChange({ ...role, instance: event.target.value })} />}
          </EditorField>
        </>
      );
    case 'management-point':
      return flag('https', role.https, (https) => onChange({ ...role, https }));
    case 'distribution-point':
      return (
        <>
          {flag('https', role.https, (https) => onChange({ ...role, https }))}
          {flag('pxe', role.pxe, (pxe) => onChange({ ...role, pxe }))}
          {flag('multicast', role.multicast, (multicast) => onChange({ ...role, multicast }))}
        </>
      );
    case 'software-update-point':
      return (
        <>
          {number('httpPort', role.httpPort, '8530', (httpPort) => onChange({ ...role, httpPort }))}
          {number('httpsPort', role.httpsPort, '8531', (httpsPort) => onChange({ ...role, httpsPort }))}
          {flag('ssl', role.ssl, (ssl) => onChange({ ...role, ssl }))}
        </>
      );
    case 'service-connection-point':
      return (
        <>
          <EditorField label={t('ui.editor.role.mode')} message={messageAt(t, issues, `${path}.mode`)}>
            {(props) => (
              <select {...props} value={role.mode} onChange={(event) => onChange({ ...role, mode: event.target.value === 'offline' ? 'offline' : 'online' })}>
                <option value="online">{t('ui.editor.role.online')}</option>
                <option value="offline">{t('ui.editor.role.offline')}</option>
              </select>
            )}
          </EditorField>
          <EditorField label={t('ui.editor.role.proxy')} message={messageAt(t, issues, `${path}.proxy`)}>
            {(props) => <input {...props} value={role.proxy ?? ''} placeholder="http://proxy.corp.example:8080" onChange={(event) => onChange({ ...role, proxy: event.target.value })} />}
          </EditorField>
        </>
      );
    case 'client-subnet':
      return (
        <EditorField label={t('ui.editor.role.cidr')} message={messageAt(t, issues, `${path}.cidr`)}>
          {(props) => <input {...props} value={role.cidr} onChange={(event) => onChange({ ...role, cidr: event.target.value })} />}
        </EditorField>
      );
    default:
      return null;
  }
}
