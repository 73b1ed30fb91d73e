import { useTranslation } from 'react-i18next';
import { ENDPOINT_ENTRIES, ENDPOINT_FEATURES } from '../../shared/endpoints/endpoint-catalogue.ts';
import { ENDPOINT_ROLES, type EndpointFeatureId, type EndpointRole } from '../../shared/endpoints/endpoint-types.ts';
import { RUN_SETTING_LIMITS } from '../../shared/results/run-defaults.ts';
import { useAppStore } from '../store/store-context.tsx';

/** Features that list hosts (the others have nothing to run). */
const RUNNABLE_FEATURES = ENDPOINT_FEATURES.filter((feature) => ENDPOINT_ENTRIES.some((entry) => entry.feature === feature.id)).map((feature) => feature.id);

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item];
}

/** Which endpoints to check: roles, features, cloud, and each endpoint's time budget. */
export function ScopeSettings({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const settings = useAppStore((s) => s.endpointSettings);
  const changed = useAppStore((s) => s.endpointSettingsChanged);
  const hierarchyCloud = useAppStore((s) => s.hierarchy.tenant?.cloud ?? 'public');
  return (
    <fieldset className="card scope-settings" disabled={disabled}>
      <legend>{t('ui.endpoints.scope')}</legend>
      <details>
        <summary>
          {t('ui.endpoints.roles')}: {settings.roles.length === 0 ? t('ui.endpoints.allSelected') : settings.roles.map((role) => t(`endpoints.role.${role}`)).join(', ')}
        </summary>
        <div className="checkbox-grid">
          {ENDPOINT_ROLES.map((role: EndpointRole) => (
            <label key={role}>
              <input type="checkbox" checked={settings.roles.includes(role)} onChange={() => changed({ roles: toggle(settings.roles, role) })} /> {t(`endpoints.role.${role}`)}
            </label>
          ))}
        </div>
      </details>
      <details>
        <summary>
          {t('ui.endpoints.features')}: {settings.features.length === 0 ? t('ui.endpoints.allSelected') : settings.features.length}
        </summary>
        <div className="checkbox-grid">
          {RUNNABLE_FEATURES.map((feature: EndpointFeatureId) => (
            <label key={feature}>
              <input type="checkbox" checked={settings.features.includes(feature)} onChange={() => changed({ features: toggle(settings.features, feature) })} /> {t(`endpoints.feature.${feature}`)}
            </label>
          ))}
        </div>
      </details>
      <div className="form-row">
        <label>
          {t('ui.endpoints.cloud')}{' '}
          <select value={settings.cloud} onChange={(e) => changed({ cloud: e.target.value as typeof settings.cloud })}>
            <option value="hierarchy">{t('ui.endpoints.cloudHierarchy', { cloud: hierarchyCloud })}</option>
            <option value="public">{t('ui.endpoints.cloudPublic')}</option>
            <option value="us-government">{t('ui.endpoints.cloudGovernment')}</option>
          </select>
        </label>
        <label>
          {t('ui.endpoints.timeout')}{' '}
          <input
            type="number"
            min={RUN_SETTING_LIMITS.timeoutMs.min}
            max={RUN_SETTING_LIMITS.timeoutMs.max}
            step={500}
            value={settings.timeoutMs}
            onChange={(e) => changed({ timeoutMs: Number(e.target.value) })}
          />
        </label>
      </div>
    </fieldset>
  );
}
