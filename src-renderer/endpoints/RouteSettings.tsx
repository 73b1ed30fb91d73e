import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointRouteMode } from '../../shared/ipc/contract.ts';
import { getApi } from '../api/netcheck-api.ts';
import { issueText } from '../../shared/validation/issue.ts';
import { useAppStore } from '../store/store-context.tsx';

const MODES: readonly EndpointRouteMode[] = ['auto', 'direct', 'system', 'environment', 'proxy', 'pac'];

/**
 * How the endpoint checks go out: automatically, direct, the system proxy (desktop app only), the
 * environment, a given proxy (with a bypass list) or a PAC file; and the proxy credentials, which
 * go to main once and are never kept here.
 */
export function RouteSettings({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const settings = useAppStore((s) => s.endpointSettings);
  const changed = useAppStore((s) => s.endpointSettingsChanged);
  const proxy = useAppStore((s) => s.proxy);
  const proxyStateReceived = useAppStore((s) => s.proxyStateReceived);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const openPac = async () => {
    const answer = await getApi().openPacFile(null);
    if (!answer.ok) return setProblem(answer.error.message);
    if (answer.value.status === 'opened') {
      proxyStateReceived(answer.value.value);
      setProblem(null);
    } else if (answer.value.status === 'invalid') {
      setProblem(t('ui.endpoints.pacRejected', { path: answer.value.path, message: answer.value.errors.map((issue) => issueText(t, issue)).join('; ') }));
    }
  };
  const sendCredentials = async (clear: boolean) => {
    const answer = await getApi().setProxyCredentials(clear ? { clear: true } : { username: username.trim(), password });
    setPassword('');
    if (answer.ok) proxyStateReceived(answer.value);
    else setProblem(answer.error.message);
  };

  return (
    <fieldset className="card route-settings" disabled={disabled}>
      <legend>{t('ui.endpoints.routeHeading')}</legend>
      <div className="route-modes" role="radiogroup" aria-label={t('ui.endpoints.route.label')}>
        {MODES.map((mode) => {
          const unavailable = mode === 'system' && !proxy?.systemAvailable;
          return (
            <label key={mode}>
              <input type="radio" name="route" value={mode} checked={settings.route === mode} disabled={unavailable} onChange={() => changed({ route: mode })} />{' '}
              {t(unavailable ? 'ui.endpoints.route.systemUnavailable' : `ui.endpoints.route.${mode}`)}
            </label>
          );
        })}
      </div>
      {settings.route === 'proxy' && (
        <div className="form-row">
          <label>
            {t('ui.endpoints.proxyUrl')} <input type="text" value={settings.proxyUrl} placeholder="http://proxy.corp.example:8080" onChange={(e) => changed({ proxyUrl: e.target.value })} />
          </label>
          <label>
            {t('ui.endpoints.bypass')} <input type="text" value={settings.bypass} placeholder="*.corp.example;<local>" onChange={(e) => changed({ bypass: e.target.value })} />
          </label>
        </div>
      )}
      {settings.route === 'pac' && (
        <div className="form-row">
          <button type="button" className="secondary" onClick={() => void openPac()}>
            {t('ui.endpoints.pacOpen')}
          </button>
          <span className="muted">{proxy?.pac ? t('ui.endpoints.pacLoaded', { name: proxy.pac }) : t('ui.endpoints.pacNone')}</span>
        </div>
      )}
      <form
        className="form-row"
        aria-label={t('ui.endpoints.credentials')}
        onSubmit={(e) => {
          e.preventDefault();
          void sendCredentials(false);
        }}
      >
        <strong>{t('ui.endpoints.credentials')}</strong>
        <label>
          {t('ui.endpoints.username')} <input type="text" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('ui.endpoints.password')} <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={username.trim() === ''}>
          {t('ui.endpoints.setCredentials')}
        </button>
        {proxy?.credentialsFor && (
          <button type="button" className="secondary" onClick={() => void sendCredentials(true)}>
            {t('ui.endpoints.forgetCredentials')}
          </button>
        )}
      </form>
      <p className="muted">
        {proxy?.credentialsFor ? t('ui.endpoints.credentialsSet', { user: proxy.credentialsFor }) : t('ui.endpoints.credentialsNone')}
        {proxy?.credentialsFor && proxy.credentialsKept && <> {t(`ui.endpoints.credentialsKept.${proxy.credentialsKept}`)}</>}
      </p>
      {problem && (
        <div className="banner banner-error" role="alert">
          {problem}
        </div>
      )}
    </fieldset>
  );
}
