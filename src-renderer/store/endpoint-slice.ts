import type { StateCreator } from 'zustand';
import type { EndpointFeatureId, EndpointRole } from '../../shared/endpoints/endpoint-types.ts';
import type { AzureCloud } from '../../shared/hierarchy/model.ts';
import type { EndpointRouteMode, EndpointRunRequest, ProxyState } from '../../shared/ipc/contract.ts';
import { DEFAULT_RUN_SETTINGS } from '../../shared/results/run-defaults.ts';
import type { AppState } from './app-state.ts';

/** How the Endpoints view will run: which endpoints, and how they go out. Empty lists mean all. */
export interface EndpointSettings {
  roles: EndpointRole[];
  features: EndpointFeatureId[];
  cloud: AzureCloud | 'hierarchy';
  route: EndpointRouteMode;
  proxyUrl: string;
  bypass: string;
  timeoutMs: number;
}

/** What the results list shows. */
export interface EndpointFilters {
  failuresOnly: boolean;
  inspectedOnly: boolean;
  groupBy: 'feature' | 'role';
}

/**
 * The Endpoints view's settings and what main holds for routes. The proxy password is never here:
 * the view sends it to main and forgets it; `proxy.credentialsFor` only names the user.
 */
export interface EndpointSlice {
  endpointSettings: EndpointSettings;
  endpointFilters: EndpointFilters;
  proxy: ProxyState | null;
  endpointSettingsChanged(patch: Partial<EndpointSettings>): void;
  endpointFiltersChanged(patch: Partial<EndpointFilters>): void;
  proxyStateReceived(state: ProxyState): void;
}

export const createEndpointSlice: StateCreator<AppState, [], [], EndpointSlice> = (set) => ({
  endpointSettings: { roles: [], features: [], cloud: 'hierarchy', route: 'auto', proxyUrl: '', bypass: '', timeoutMs: DEFAULT_RUN_SETTINGS.endpointTimeoutMs },
  endpointFilters: { failuresOnly: false, inspectedOnly: false, groupBy: 'feature' },
  proxy: null,
  endpointSettingsChanged: (patch) => set((state) => ({ endpointSettings: { ...state.endpointSettings, ...patch } })),
  endpointFiltersChanged: (patch) => set((state) => ({ endpointFilters: { ...state.endpointFilters, ...patch } })),
  proxyStateReceived: (proxy) => set({ proxy }),
});

/** The run request's endpoint part from the view's settings. */
export function endpointRequestOf(settings: EndpointSettings): EndpointRunRequest {
  return {
    ...(settings.roles.length > 0 ? { roles: settings.roles } : {}),
    ...(settings.features.length > 0 ? { features: settings.features } : {}),
    ...(settings.cloud !== 'hierarchy' ? { cloud: settings.cloud } : {}),
    timeoutMs: settings.timeoutMs,
    route: settings.route,
    ...(settings.route === 'proxy' ? { proxyUrl: settings.proxyUrl.trim(), ...(settings.bypass.trim() ? { bypass: settings.bypass.trim() } : {}) } : {}),
  };
}
