import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WalkthroughRun } from '../../../shared/walkthroughs/walkthrough-run.ts';
import { WalkthroughsView } from '../../../src-renderer/views/WalkthroughsView.tsx';
import { demoPlan, demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

const plan = demoPlan();
const DP = 'p01dp01.corp.contoso.example';

function setup() {
  const saved: WalkthroughRun[] = [];
  const fake = createFakeApi({
    saveWalkthroughRun: (args) => {
      saved.push((args as { run: WalkthroughRun }).run);
      return { ok: true, value: [] };
    },
    startRun: () => ({ ok: true, value: { runId: 'r1', plan: { links: plan.links.filter((link) => link.port === 445), checks: plan.checks.filter((check) => check.target.port === 445) } } }),
  });
  window.api = fake.api;
  return { fake, saved, ...renderWithStore(<WalkthroughsView />) };
}

describe('WalkthroughsView', () => {
  it('starts a walkthrough, runs the checks its step needs, and follows the branch to the conclusion', async () => {
    const { fake, saved, store } = setup();
    const card = screen.getByRole('heading', { name: 'Content does not reach a distribution point' }).closest('li')!;
    await userEvent.click(card.querySelector('button')!);
    expect(screen.getByRole('heading', { name: 'SMB from the site server' })).toBeTruthy();
    expect(saved.at(-1)?.walkthrough).toBe('dp-content');

    await userEvent.click(screen.getByRole('button', { name: 'Run these checks' }));
    expect(fake.calls.find((call) => call.name === 'startRun')?.args).toMatchObject({ options: { sites: true, only: ['tcp/445'] } });
    const smb = plan.checks.find((check) => check.id === `smb:tcp/445@${DP}`)!;
    act(() => {
      const state = store.getState();
      state.resultReceived('r1', resultForCheck(smb, 'fail', 'TCP 445 filtered on 10.1.0.31: no answer'), 1, 1);
    });
    expect((await screen.findByRole('status')).textContent).toContain('Failed');
    expect(screen.getByText(/TCP 445 filtered on 10\.1\.0\.31/)).toBeTruthy();

    await userEvent.type(screen.getByLabelText('Notes for the transcript'), 'Firewall changed Monday');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'SMB to the DP fails' })).toBeTruthy();
    expect(screen.getByText(/Allow SMB 445 from the site server to the DP/)).toBeTruthy();
    const last = saved.at(-1)!;
    expect(last.state).toBe('finished');
    expect(last.records[0]).toMatchObject({ step: 'smb', outcome: 'fail', next: 'smb-blocked', note: 'Firewall changed Monday' });
    expect(screen.getByText(/Current finding/)).toBeTruthy();
  });

  it('in support-call mode, answers with the keyboard and pauses', async () => {
    const { saved, store } = setup();
    // A finished run measured every port already: only the questions and Continue remain.
    const results = plan.checks.map((check) => resultForCheck(check, 'pass'));
    act(() => store.getState().resultDocumentOpened(demoResultDocument({ links: plan.links, results }), 'run.json'));
    const card = screen.getByRole('heading', { name: 'Content does not reach a distribution point' }).closest('li')!;
    await userEvent.click(card.querySelector('button')!);
    await userEvent.click(screen.getByRole('button', { name: 'Support-call mode' }));
    expect(store.getState().supportMode).toBe(true);
    expect(screen.getByRole('timer').textContent).toMatch(/^Call time \d+:\d\d$/);
    for (const title of ['SMB from the site server', 'RPC endpoint mapper on the DP', 'The DP\'s dynamic RPC ports', 'The DP reaches its management point']) {
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
      await userEvent.keyboard('{Enter}');
    }
    expect(screen.getByRole('heading', { name: 'What do the logs say?' })).toBeTruthy();
    expect(screen.getByText('Read this to the customer')).toBeTruthy();
    await userEvent.keyboard('p');
    expect(saved.at(-1)?.state).toBe('paused');
    await userEvent.keyboard('2');
    expect(screen.getByRole('heading', { name: 'What do the logs say?' })).toBeTruthy();
    await userEvent.keyboard('p');
    await userEvent.keyboard('2');
    expect(screen.getByRole('heading', { name: 'WMI on the DP fails' })).toBeTruthy();
    expect(saved.at(-1)?.records.at(-2)).toMatchObject({ step: 'log-error', answer: 'wmi' });
    await userEvent.keyboard('{Escape}');
    expect(store.getState().supportMode).toBe(false);
  });

  it('resumes a run kept from before a restart, and restarts from a step', async () => {
    const { store } = setup();
    const kept: WalkthroughRun = {
      formatVersion: 1,
      id: 'old',
      walkthrough: 'replication',
      hierarchy: 'Contoso demo hierarchy',
      startedAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:05:00.000Z',
      state: 'paused',
      current: 'broker',
      records: [
        { step: 'sql', enteredAt: '2026-11-21T10:00:00.000Z', leftAt: '2026-11-21T10:04:00.000Z', outcome: 'pass', next: 'broker' },
        { step: 'broker', enteredAt: '2026-11-21T10:04:00.000Z' },
      ],
    };
    act(() => store.getState().walkthroughRunsLoaded([kept]));
    expect(screen.getByText(/paused/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.getByRole('heading', { name: 'Service Broker between the site databases' })).toBeTruthy();
    expect(screen.getByText('Paused. Resume to go on.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restart from here' }));
    expect(screen.getByRole('heading', { name: 'SQL between the site databases' })).toBeTruthy();
    expect(store.getState().walkthroughRuns[0]?.records).toHaveLength(1);
  });
});
