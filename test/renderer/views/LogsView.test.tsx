import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { RunRequest } from '../../../shared/ipc/contract.ts';
import { LogAnalyzer } from '../../../shared/logs/log-analyzer.ts';
import { LogParser } from '../../../shared/logs/log-parser.ts';
import { toLogRow, type LogRow } from '../../../shared/logs/log-row.ts';
import type { LogSessionInfo } from '../../../shared/logs/log-session-types.ts';
import { SAMPLE_LOGS } from '../../../shared/logs/sample-logs.ts';
import { App } from '../../../src-renderer/app/App.tsx';
import { resultForCheck, demoResultDocument } from '../../support/result-fixtures.ts';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

/** The sample pair read by the real parser and analyzer, as main would report it. */
function sampleSession(): { info: LogSessionInfo; rows: LogRow[] } {
  const analyzer = new LogAnalyzer();
  const rows: LogRow[] = [];
  let index = 0;
  const files = SAMPLE_LOGS.map((sample, file) => {
    const parser = new LogParser({ file, index }, (entry) => {
      analyzer.add(entry);
      rows.push(toLogRow(entry));
    });
    parser.pushText(sample.text);
    parser.finish();
    index = parser.index;
    return { path: `C:\\Program Files\\Microsoft Configuration Manager\\Logs\\${sample.name}`, encoding: 'utf-8', format: 'sms' as const, bytes: sample.text.length, entries: parser.stats.entries, unframed: 0, badTimestamps: 0, invalidBytes: 0 };
  });
  return { info: { sessionId: 's1', files, state: 'ready', bytesRead: 10, bytesTotal: 10, entries: rows.length, analysis: analyzer.result(), following: false, canFollow: true }, rows };
}

function setup() {
  const { info, rows } = sampleSession();
  const hostPlan = buildEndpointPlan(DEMO_HIERARCHY, { hosts: ['configmgrbits.azureedge.net'] });
  const fake = createFakeApi({
    getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'cas01', addresses: [], platform: 'win32' }, proxy: { systemAvailable: true, credentialsFor: null, pac: null } } }),
    openSampleLogs: () => ({ ok: true, value: { status: 'opened', session: info } }),
    openLogBytes: () => ({ ok: true, value: { status: 'opened', session: info } }),
    readLogRows: (args) => {
      const { start, count, filtered } = args as { start: number; count: number; filtered: boolean };
      const list = filtered ? rows.filter((row) => row.severity !== 'info') : rows;
      return { ok: true, value: { rows: list.slice(start, start + count), total: list.length } };
    },
    filterLog: () => ({ ok: true, value: { matches: rows.filter((row) => row.severity !== 'info').length, capped: false } }),
    closeLogSession: () => ({ ok: true, value: { closed: true } }),
    startRun: () => ({ ok: true, value: { runId: 'r1', plan: hostPlan } }),
  });
  window.api = fake.api;
  const rendered = renderWithStore(<App />);
  return { fake, info, rows, hostPlan, ...rendered };
}

async function openSample(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Logs' }));
  await user.click(await screen.findByRole('button', { name: 'Open the sample log' }));
}

describe('LogsView', () => {
  it('shows the rows as CMTrace does, the findings and the attempts', async () => {
    const user = userEvent.setup();
    const { rows } = setup();
    await openSample(user);
    const grid = await screen.findByRole('grid', { name: 'Logs' });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(20));
    const first = within(grid).getAllByRole('row')[1] as HTMLElement;
    expect((first)?.textContent).toContain(rows[0]!.message);
    expect((first)?.textContent).toContain('2024-12-16 09:00:00.000');
    const findings = screen.getByRole('region', { name: /Findings/ });
    expect(within(findings).getAllByRole('article').map((card) => card.getAttribute('aria-label')?.split(':')[0])).toEqual(['internal', 'TLS protocol', 'TLS trust', 'DNS']);
    expect((within(findings).getByRole('article', { name: /^DNS/ }))?.textContent).toContain('memdocs release-notes.md');
    const timeline = screen.getByRole('region', { name: 'Download attempts' });
    expect(within(timeline).getAllByText('FAILED')).toHaveLength(3);
    expect(within(timeline).getAllByText('succeeded')).toHaveLength(3);
  });

  it('shows times in UTC on request, using the bias of each line', async () => {
    const user = userEvent.setup();
    setup();
    await openSample(user);
    const grid = await screen.findByRole('grid', { name: 'Logs' });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Times' }), 'utc');
    // The sample's bias is -60 (central Europe in winter): 09:00 local is 08:00 UTC.
    expect((within(grid).getAllByRole('row')[1])?.textContent).toContain('2024-12-16 08:00:00.000Z');
  });

  it('tests the host of a finding through the Endpoints route, and shows the result on the card', async () => {
    const user = userEvent.setup();
    const { fake, hostPlan } = setup();
    await openSample(user);
    const card = await screen.findByRole('article', { name: /^DNS/ });
    await user.click(within(card).getByRole('button', { name: 'Test configmgrbits.azureedge.net now' }));
    const request = fake.calls.find((call) => call.name === 'startRun')?.args as RunRequest;
    expect(request.options).toMatchObject({ sites: false, endpoints: { hosts: ['configmgrbits.azureedge.net'], route: 'auto' } });
    expect(request.options.endpoints?.roles).toBeUndefined();
    const document = demoResultDocument({ links: hostPlan.links, results: hostPlan.checks.map((check) => resultForCheck(check, 'fail', 'DNS: configmgrbits.azureedge.net could not be resolved (ENOTFOUND)')) });
    act(() => fake.emit('runFinished', { runId: 'r1', document }));
    expect(await within(card).findByText(/could not be resolved \(ENOTFOUND\)/)).toBeTruthy();
    // A finding whose line names no host tests the service connection point's endpoints.
    const trust = screen.getByRole('article', { name: /^TLS trust/ });
    expect(within(trust).getByRole('button', { name: 'Test the service connection point endpoints now' })).toBeTruthy();
  });

  it('filters by severity in main, and shows the line of a finding in context', async () => {
    const user = userEvent.setup();
    const { fake, rows } = setup();
    await openSample(user);
    await user.click(await screen.findByRole('checkbox', { name: 'Information' }));
    await waitFor(() => expect(fake.calls.some((call) => call.name === 'filterLog')).toBe(true), { timeout: 2000 });
    expect(fake.calls.find((call) => call.name === 'filterLog')?.args).toEqual({ sessionId: 's1', filter: { text: '', severities: ['warning', 'error'] } });
    const grid = screen.getByRole('grid', { name: 'Logs' });
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(1 + rows.filter((row) => row.severity !== 'info').length));
    expect(screen.getByText(`6 of ${rows.length} entries`)).toBeTruthy();
    // Errors are red and warnings yellow, as CMTrace colours them.
    expect([...grid.querySelectorAll('.log-scroller .log-row')].map((row) => row.className.split(' ')[1])).toEqual(rows.filter((row) => row.severity !== 'info').map((row) => `log-${row.severity}`));
    const card = screen.getByRole('article', { name: /^DNS/ });
    await user.click(within(card).getByRole('button', { name: 'Show the line' }));
    const detail = screen.getByRole('region', { name: 'Selected entry' });
    await waitFor(() => expect((detail)?.textContent).toContain("The remote name could not be resolved: 'configmgrbits.azureedge.net'"));
    expect((detail)?.textContent).toContain('Dmpdownloader.log · Line 25');
    expect((screen.getByRole('checkbox', { name: 'Information' }) as HTMLInputElement).checked).toBe(true);
  });

  it('opens dropped log files and refuses other files', async () => {
    const user = userEvent.setup();
    const { fake } = setup();
    await user.click(screen.getByRole('button', { name: 'Logs' }));
    // The log viewer loads on demand.
    const view = await screen.findByRole('region', { name: 'Logs' });
    fireEvent.drop(view, { dataTransfer: { files: [new File(['MZ'], 'setup.exe')] } });
    expect((await screen.findByRole('alert'))?.textContent).toContain('Only .log, .lo_ and .txt files can be opened here.');
    fireEvent.drop(view, { dataTransfer: { files: [new File([SAMPLE_LOGS[1]!.text], 'Dmpdownloader.log')] } });
    await waitFor(() => expect(fake.calls.some((call) => call.name === 'openLogBytes')).toBe(true));
    const sent = fake.calls.find((call) => call.name === 'openLogBytes')?.args as { files: { name: string; base64: string }[] };
    expect(sent.files[0]?.name).toBe('Dmpdownloader.log');
    expect(Buffer.from(sent.files[0]?.base64 ?? '', 'base64').toString()).toBe(SAMPLE_LOGS[1]!.text);
  });

  it('looks up a code like CMTrace, with the explanation', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole('button', { name: 'Logs' }));
    await user.type(await screen.findByRole('textbox', { name: 'Error lookup' }), '-2147012889');
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    expect(await screen.findByText('ERROR_WINHTTP_NAME_NOT_RESOLVED')).toBeTruthy();
  });
});
