import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import { ReportView } from '../../../src-renderer/views/ReportView.tsx';
import { demoPlan, demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

const document: ResultDocument = demoResultDocument({ hierarchy: { ...DEMO_HIERARCHY, name: 'Saved hierarchy' } });

describe('ReportView', () => {
  it('cannot save before a run has finished', () => {
    renderWithStore(<ReportView />);
    expect((screen.getByRole('button', { name: 'Save report (HTML)' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Run the checks first, or open a saved run.')).toBeTruthy();
  });

  it('opens a saved run (hierarchy and results) and saves it again as HTML', async () => {
    const fake = createFakeApi({
      openResultDocument: () => ({ ok: true, value: { status: 'opened', path: '/tmp/run.json', value: document, warnings: [] } }),
      saveResultDocument: () => ({ ok: true, value: { status: 'saved', path: '/tmp/run.html' } }),
    });
    window.api = fake.api;
    const { store } = renderWithStore(<ReportView />);
    await userEvent.click(screen.getByRole('button', { name: 'Open saved runs…' }));
    expect(store.getState().hierarchy.name).toBe('Saved hierarchy');
    expect(store.getState().hierarchySource).toEqual({ kind: 'result', path: '/tmp/run.json' });
    await userEvent.click(screen.getByRole('button', { name: 'Save report (HTML)' }));
    expect(fake.calls.at(-1)).toEqual({ name: 'saveResultDocument', args: { document, format: 'html', redact: false, language: 'en' } });
    expect((await screen.findByRole('status')).textContent).toBe('Saved to /tmp/run.html');
    // The report is written in the language chosen for it, while the app stays in English.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Report language' }), 'nl');
    await userEvent.click(screen.getByRole('button', { name: 'Save report (HTML)' }));
    expect(fake.calls.at(-1)).toEqual({ name: 'saveResultDocument', args: { document, format: 'html', redact: false, language: 'nl' } });
    expect(screen.getByRole('button', { name: 'Save report (HTML)' })).toBeTruthy();
  });

  it('lists the problems of an invalid saved run and changes nothing', async () => {
    window.api = createFakeApi({
      openResultDocument: () => ({ ok: true, value: { status: 'invalid', path: '/tmp/x.json', errors: [{ path: 'results[0].status', message: 'expected one of "pass"', severity: 'error' }] } }),
    }).api;
    const { store } = renderWithStore(<ReportView />);
    await userEvent.click(screen.getByRole('button', { name: 'Open saved runs…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('results[0].status: expected one of "pass"');
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
    expect(store.getState().run).toBeNull();
  });

  it('in the browser, opens several runs picked at once as one document measured from each machine', async () => {
    const { store } = renderWithStore(<ReportView />);
    act(() => store.getState().appInfoReceived({ version: '0.1.0', shell: 'browser-bridge', vantage: { hostname: 'here', addresses: [], platform: 'linux' }, proxy: { systemAvailable: false, credentialsFor: null, pac: null }, language: { setting: 'system', system: 'en' } }));
    const vantage = (name: string) => ({ hostname: name, addresses: ['10.0.0.1'], platform: 'win32' });
    const files = ['CAS01', 'P01SS01'].map((name) => new File([JSON.stringify(demoResultDocument({ vantage: vantage(name) }))], `${name}.json`, { type: 'application/json' }));
    const input = globalThis.document.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    await userEvent.upload(input, files);
    await screen.findByText('Measured from 2 machines: CAS01, P01SS01');
    expect(store.getState().run?.openedFrom).toBe('CAS01.json + P01SS01.json');
  });

  it('compares the run with a baseline picked from disk: what broke and what was fixed', async () => {
    const { store } = renderWithStore(<ReportView />);
    act(() => store.getState().appInfoReceived({ version: '0.1.0', shell: 'browser-bridge', vantage: { hostname: 'here', addresses: [], platform: 'linux' }, proxy: { systemAvailable: false, credentialsFor: null, pac: null }, language: { setting: 'system', system: 'en' } }));
    const plan = demoPlan();
    const check = plan.checks.find((candidate) => candidate.id.startsWith('smb:tcp/445@p01dp01'))!;
    act(() => store.getState().resultDocumentOpened(demoResultDocument({ results: [resultForCheck(check, 'fail', 'filtered now')] }), 'today.json'));
    const baseline = new File([JSON.stringify(demoResultDocument({ results: [resultForCheck(check, 'pass')] }))], 'monday.json', { type: 'application/json' });
    const inputs = globalThis.document.querySelectorAll('input[type="file"]');
    await userEvent.upload(inputs[inputs.length - 1] as HTMLInputElement, baseline);
    const item = await screen.findByText('Broke');
    expect(item.closest('li')?.textContent).toContain('smb TCP 445 → p01dp01.corp.contoso.example');
    expect(item.closest('li')?.textContent).toContain('filtered now');
    expect(screen.getByText(/Since monday\.json/)).toBeTruthy();
  });
});
