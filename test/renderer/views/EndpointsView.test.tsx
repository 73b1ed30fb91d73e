import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import type { EndpointDetails } from '../../../shared/endpoints/endpoint-details.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { PlannedCheck } from '../../../shared/plan/build-plan.ts';
import type { CheckResult, ResultDocument } from '../../../shared/results/result-document.ts';
import { App } from '../../../src-renderer/app/App.tsx';
import { demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

const plan = buildEndpointPlan(DEMO_HIERARCHY, { features: ['url-forwarding', 'azure-services'] });
const byUrl = (url: string) => plan.checks.find((check) => check.target.url === url) as PlannedCheck;

function endpointResult(check: PlannedCheck, status: CheckResult['status'], summary: string, details: Partial<EndpointDetails>): CheckResult {
  return { ...resultForCheck(check, status, summary), probe: 'https', details: details as Record<string, unknown> };
}

const stage = (outcome: 'pass' | 'warn' | 'fail' | 'skipped', key = 'endpoint.stage.notReached', params = {}) => ({ outcome, message: { key, params } });
const inspected = endpointResult(byUrl('https://go.microsoft.com/'), 'warn', 'TLS inspection by Contoso Inspection CA / Contoso Proxy', {
  url: 'https://go.microsoft.com/',
  route: { kind: 'proxy', source: 'explicit', proxy: 'http://proxy:3128' },
  dns: { ...stage('skipped'), resolvedBy: 'proxy', name: 'go.microsoft.com', a: [], aaaa: [], cnames: [] },
  tcp: { ...stage('pass'), to: 'proxy' },
  proxy: { ...stage('pass'), request: 'CONNECT go.microsoft.com:443 HTTP/1.1', status: 200 },
  tls: {
    ...stage('warn', 'endpoint.tls.inspected', { issuer: 'Contoso Inspection CA / Contoso Proxy', vendor: '' }),
    serverName: 'go.microsoft.com',
    chain: [{ subject: 'CN=go.microsoft.com', issuer: 'CN=Contoso Inspection CA, O=Contoso Proxy', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z', fingerprint256: 'AB:CD', fingerprint1: 'EF' }],
    trusted: true,
    hostnameMatch: true,
    expired: false,
    inspection: { suspected: true, finding: 'private-root', issuer: 'Contoso Inspection CA / Contoso Proxy', root: 'Contoso Inspection CA' },
  },
  http: { ...stage('pass', 'endpoint.http.answered', { status: 200, reason: 'OK' }), request: 'GET / HTTP/1.1', status: 200 },
});
const dropped = endpointResult(byUrl('https://management.azure.com/'), 'fail', 'The proxy could not reach management.azure.com:443: ERR_CONNECT_FAIL 110', {
  url: 'https://management.azure.com/',
  route: { kind: 'proxy', source: 'explicit', proxy: 'http://proxy:3128' },
  dns: { ...stage('skipped'), resolvedBy: 'proxy', name: 'management.azure.com', a: [], aaaa: [], cnames: [] },
  tcp: { ...stage('pass'), to: 'proxy' },
  proxy: { ...stage('fail', 'endpoint.proxy.upstream', { proxy: 'http://proxy:3128', target: 'management.azure.com:443', detail: 'ERR_CONNECT_FAIL 110' }), request: 'CONNECT', status: 503 },
});

const groupNames = () => [...document.querySelectorAll('.endpoint-group')].map((group) => group.getAttribute('aria-label'));

function setup() {
  const fake = createFakeApi({
    getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'cas01', addresses: [], platform: 'win32' }, proxy: { systemAvailable: true, credentialsFor: null, pac: null } } }),
    startRun: () => ({ ok: true, value: { runId: 'e1', plan } }),
    setProxyCredentials: (args) => ({ ok: true, value: { systemAvailable: true, credentialsFor: 'clear' in (args as object) ? null : (args as { username: string }).username, pac: null } }),
  });
  window.api = fake.api;
  const rendered = renderWithStore(<App />);
  return { fake, ...rendered };
}

describe('EndpointsView', () => {
  it('lists the planned endpoints by feature, including the features the documents only point to', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Endpoints' }));
    expect(screen.getByText(/168 endpoints planned, 12 not testable/)).toBeTruthy();
    const cloud = screen.getByRole('region', { name: 'CMG and cloud distribution point' });
    expect(within(cloud).getAllByText(/needs the Azure cloud service name of cmg\.contoso\.example/).length).toBeGreaterThan(0);
    const tenantAttach = screen.getByRole('region', { name: 'Tenant attach' });
    expect(within(tenantAttach).getByText(/No hosts in the documents: The tenant attach endpoints are listed in "Enable tenant attach"/)).toBeTruthy();
  });

  it('sends the credentials to main once and keeps no password; runs through the chosen proxy', async () => {
    const { fake, store } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Endpoints' }));
    await userEvent.click(screen.getByLabelText('This proxy'));
    await userEvent.type(screen.getByLabelText('Proxy address'), 'http://proxy:3128');
    await userEvent.type(screen.getByLabelText('User'), 'svc-proxy');
    await userEvent.type(screen.getByLabelText('Password'), 'hunter2');
    await userEvent.click(screen.getByRole('button', { name: 'Use these credentials' }));
    expect(fake.calls.find((c) => c.name === 'setProxyCredentials')?.args).toEqual({ username: 'svc-proxy', password: 'hunter2' });
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/Credentials for svc-proxy are held by the app’s main process/)).toBeTruthy();
    expect(JSON.stringify(store.getState())).not.toContain('hunter2');

    await userEvent.click(screen.getByRole('button', { name: 'Run endpoint checks' }));
    expect(fake.calls.find((c) => c.name === 'startRun')?.args).toMatchObject({ options: { sites: false, endpoints: { route: 'proxy', proxyUrl: 'http://proxy:3128', timeoutMs: 10_000 } } });
    act(() => fake.emit('runProgress', { runId: 'e1', type: 'check-finished', result: inspected, done: 1, total: plan.checks.length }));
    act(() => fake.emit('runProgress', { runId: 'e1', type: 'check-finished', result: dropped, done: 2, total: plan.checks.length }));

    const row = (url: string) => document.querySelector(`tr[data-check-id="${byUrl(url).id}"]`) as HTMLElement;
    const chips = (url: string) => [...row(url).querySelectorAll('.stage-chip')].map((chip) => `${chip.getAttribute('data-stage')}:${chip.getAttribute('data-outcome')}`);
    expect(chips('https://go.microsoft.com/')).toEqual(['dns:skipped', 'tcp:pass', 'proxy:pass', 'tls:warn', 'http:pass']);
    expect(chips('https://management.azure.com/')).toEqual(['dns:skipped', 'tcp:pass', 'proxy:fail']);
    await userEvent.click(within(row('https://go.microsoft.com/')).getByText('Stages and evidence'));
    expect(within(row('https://go.microsoft.com/')).getByText(/TLS inspection: suspected, by Contoso Inspection CA \/ Contoso Proxy/)).toBeTruthy();
  });

  it('filters to failures or to inspected endpoints, and keeps the site results of the run before', async () => {
    const { fake, store } = setup();
    const siteDocument = demoResultDocument({ results: [], links: [] });
    const siteResult = { ...resultForCheck({ id: 'smb:tcp/445@p01ss01.corp.contoso.example', probe: 'smb', services: [], target: { host: 'p01ss01.corp.contoso.example', port: 445, portLabel: '445', transport: 'tcp' }, linkIds: [] }, 'pass', 'SMB ok') };
    act(() => {
      store.getState().runStarted('s1', { links: [], checks: [] });
      store.getState().runFinished('s1', { ...siteDocument, results: [siteResult] });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Endpoints' }));
    await userEvent.click(screen.getByRole('button', { name: 'Run endpoint checks' }));
    const finished: ResultDocument = { ...siteDocument, results: [inspected, dropped], links: plan.links };
    act(() => fake.emit('runFinished', { runId: 'e1', document: finished }));
    expect(store.getState().run?.document?.results.map((r) => r.id)).toEqual([siteResult.id, inspected.id, dropped.id]);

    await userEvent.click(screen.getByLabelText('Failures only'));
    expect(groupNames()).toEqual(['Azure services']);
    await userEvent.click(screen.getByLabelText('Failures only'));
    await userEvent.click(screen.getByLabelText('TLS inspection only'));
    expect(groupNames()).toEqual(['URL forwarding (always allow)']);
  });
});
