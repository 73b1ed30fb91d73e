import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { pairEdges } from '../../../shared/topology/pair-edges.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { PairPanel } from '../../../src-renderer/topology/PairPanel.tsx';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';
import { renderWithStore } from '../support/render-app.tsx';

const plan = demoPlan();
const CAS = 'cas01.corp.contoso.example';
const P01 = 'p01ss01.corp.contoso.example';

function panelFor(vantage: string) {
  const check = plan.checks.find((c) => c.id === `smb:tcp/445@${P01}`)!;
  const failed = { ...resultForCheck(check, 'fail', 'TCP 445 filtered on 10.1.0.10: no answer within 3000 ms'), evidence: { startedAt: '2026-11-22T10:00:00.000Z', durationMs: 3001, timeoutMs: 3000, remote: { address: '10.1.0.10', port: 445 } } };
  const model = buildTopologyModel(DEMO_HIERARCHY, plan.links, [failed], undefined, { vantage });
  const pair = pairEdges(model.edges).find((p) => p.id === `${CAS}<->${P01}`)!;
  const onClose = vi.fn();
  renderWithStore(<PairPanel pair={pair} sources={{ results: new Map([[failed.id, failed]]), links: new Map(plan.links.map((link) => [link.id, link])) }} onClose={onClose} />);
  return { onClose };
}

describe('PairPanel', () => {
  it('shows each direction, the failing port open with its summary, the fix and why the port is needed', () => {
    panelFor(CAS);
    expect(screen.getByRole('heading', { name: `${CAS} → ${P01}` })).toBeTruthy();
    expect(screen.getByRole('heading', { name: `${P01} → ${CAS}` })).toBeTruthy();
    const direction = screen.getByRole('region', { name: `${CAS} → ${P01}` });
    const failing = within(direction).getByText('TCP 445 filtered on 10.1.0.10: no answer within 3000 ms').closest('details')!;
    expect(failing.open).toBe(true);
    expect(failing.textContent).toContain('Allow TCP 445 from cas01.corp.contoso.example to p01ss01.corp.contoso.example');
    expect(failing.textContent).toContain('the Server service (LanmanServer) must run');
    expect(failing.textContent).toMatch(/Site server → Site server: .*\(.*§/);
    expect(failing.textContent).toContain(`measured from ${CAS}`);
    expect(failing.querySelector('.measured-elsewhere')).toBeNull();
  });

  it('warns when the link was measured from another machine than its source', () => {
    panelFor('admin01');
    const direction = screen.getByRole('region', { name: `${CAS} → ${P01}` });
    expect(within(direction).getByText(/Measured from admin01, not from cas01\.corp\.contoso\.example/)).toBeTruthy();
  });

  it('shows the evidence on demand, and closes', async () => {
    const { onClose } = panelFor(CAS);
    const direction = screen.getByRole('region', { name: `${CAS} → ${P01}` });
    await userEvent.click(within(direction).getByText('Evidence'));
    expect(within(direction).getByText('10.1.0.10:445')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says what is not measured yet instead of passing it', () => {
    panelFor(CAS);
    const back = screen.getByRole('region', { name: `${P01} → ${CAS}` });
    expect(within(back).getAllByText('Not tested yet').length).toBeGreaterThan(0);
    expect(within(back).getAllByText('Not measured yet.').length).toBeGreaterThan(0);
    expect(within(back).queryByText('Pass')).toBeNull();
  });
});
