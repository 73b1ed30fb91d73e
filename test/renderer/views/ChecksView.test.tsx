import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan } from '../../../shared/plan/build-plan.ts';
import type { CheckResult, ResultDocument } from '../../../shared/results/result-document.ts';
import { App } from '../../../src-renderer/app/App.tsx';
import { resultForCheck } from '../../support/result-fixtures.ts';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

const plan = (() => {
  const result = buildPlan(DEMO_HIERARCHY, { only: [{ transport: 'tcp', port: 1433 }] });
  if (!result.ok) throw new Error('plan');
  return result.value;
})();

function result(index: number, status: CheckResult['status']): CheckResult {
  const check = plan.checks[index]!;
  return resultForCheck(check, status, `TCP 1433 ${status === 'pass' ? 'open' : 'filtered'} on ${check.target.host}`);
}

describe('ChecksView', () => {
  it('starts a run, shows every planned check waiting, then each result as it arrives', async () => {
    const fake = createFakeApi({
      getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'helpdesk-pc', addresses: [], platform: 'win32' } } }),
      startRun: () => ({ ok: true, value: { runId: 'r1', plan } }),
      cancelRun: () => ({ ok: true, value: { cancelled: true } }),
    });
    window.api = fake.api;
    const { store } = renderWithStore(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Checks' }));
    expect(screen.getByText(/60 checks planned for 94 links/)).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Timeout per check (ms)'));
    await userEvent.type(screen.getByLabelText('Timeout per check (ms)'), '1500');
    await userEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    expect(fake.calls.find((c) => c.name === 'startRun')?.args).toEqual({ hierarchy: DEMO_HIERARCHY, options: { timeoutMs: 1500 } });

    const rows = () => screen.getAllByRole('row').slice(1);
    expect(rows().map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(Array(plan.checks.length).fill('Waiting'));

    act(() => fake.emit('runProgress', { runId: 'r1', type: 'check-started', checkId: plan.checks[0]!.id }));
    expect(within(rows()[0]!).getAllByRole('cell')[0]!.textContent).toBe('Running…');
    act(() => fake.emit('runProgress', { runId: 'r1', type: 'check-finished', result: result(0, 'fail'), done: 1, total: plan.checks.length }));
    act(() => fake.emit('runProgress', { runId: 'stale', type: 'check-finished', result: result(1, 'pass'), done: 1, total: 9 }));
    expect(screen.getByText(`1 of ${plan.checks.length} checks · 1 failed`)).toBeTruthy();
    expect(within(rows()[0]!).getAllByRole('cell')[0]!.textContent).toBe('Fail');
    expect(within(rows()[1]!).getAllByRole('cell')[0]!.textContent).toBe('Waiting');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.calls.at(-1)).toEqual({ name: 'cancelRun', args: { runId: 'r1' } });

    const document = { results: plan.checks.map((_, i) => result(i, i === 0 ? 'fail' : 'pass')) } as ResultDocument;
    act(() => fake.emit('runFinished', { runId: 'r1', document }));
    expect(screen.getByText(`Finished: ${plan.checks.length} of ${plan.checks.length} checks`)).toBeTruthy();
    expect(store.getState().run?.phase).toBe('finished');
    expect(screen.getByRole('button', { name: 'Run checks' })).toBeTruthy();
  });

  it('on a site server, says which system it is and checks what starts here by default', async () => {
    const fake = createFakeApi({
      getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'P01SS01', addresses: ['10.1.0.10'], platform: 'win32' }, proxy: { systemAvailable: false, credentialsFor: null, pac: null } } }),
      startRun: () => ({ ok: true, value: { runId: 'r1', plan } }),
    });
    window.api = fake.api;
    renderWithStore(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Checks' }));
    expect((await screen.findByRole('note')).textContent).toBe('This machine is p01ss01.corp.contoso.example (recognised by its name).');
    const fromHere = buildPlan(DEMO_HIERARCHY, { from: 'p01ss01.corp.contoso.example' });
    if (!fromHere.ok) throw new Error('plan');
    const box = screen.getByLabelText(`Only the links that start here (${fromHere.value.checks.length} checks)`) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    expect(fake.calls.find((c) => c.name === 'startRun')?.args).toMatchObject({ options: { from: 'p01ss01.corp.contoso.example' } });
  });

  it('on a machine outside the hierarchy, says so and plans every check', async () => {
    window.api = createFakeApi({ getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'helpdesk-pc', addresses: [], platform: 'win32' }, proxy: { systemAvailable: false, credentialsFor: null, pac: null } } }) }).api;
    renderWithStore(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Checks' }));
    expect((await screen.findByRole('note')).textContent).toBe('This machine is not in the hierarchy: its checks tell the paths from where it sits.');
    expect(screen.queryByLabelText(/Only the links that start here/)).toBeNull();
  });

  it('shows why a run could not start', async () => {
    window.api = createFakeApi({ startRun: () => ({ ok: false, error: { code: 'invalid-payload', message: 'options.timeoutMs: expected integer 100-120000' } }) }).api;
    renderWithStore(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Checks' }));
    await userEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The run could not start: options.timeoutMs: expected integer 100-120000');
  });
});
