import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { exportHierarchyCsv } from '../../../shared/hierarchy/hierarchy-csv.ts';
import { HierarchyView } from '../../../src-renderer/views/HierarchyView.tsx';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

let fake: ReturnType<typeof createFakeApi>;
beforeEach(() => {
  fake = createFakeApi({
    listRecentHierarchies: () => ({ ok: true, value: [{ path: '/data/fabrikam.json', at: '2026-11-20T10:00:00.000Z' }] }),
    openRecentHierarchy: () => ({ ok: true, value: { status: 'opened', path: '/data/fabrikam.json', value: { ...DEMO_HIERARCHY, name: 'Fabrikam' }, warnings: [] } }),
    saveHierarchyFile: (args) => ({ ok: true, value: { status: 'saved', path: `/data/out.${(args as { format: string }).format}` } }),
  });
  window.api = fake.api;
});

describe('hierarchy import preview', () => {
  it('previews a dropped CSV with what it changes, and replaces nothing until confirmed', async () => {
    const { store } = renderWithStore(<HierarchyView />);
    const csv = exportHierarchyCsv({ ...DEMO_HIERARCHY, systems: DEMO_HIERARCHY.systems.slice(1) }).replaceAll(',Paris,', ',Paris-Nord,');
    fireEvent.drop(screen.getByRole('region', { name: 'Contoso demo hierarchy' }), { dataTransfer: { files: [new File([csv], 'contoso.csv')] } });
    const preview = await screen.findByRole('region', { name: 'Import contoso.csv?' });
    expect(preview.textContent).toContain(`Systems removed (1): ${DEMO_HIERARCHY.systems[0]!.fqdn}`);
    expect(preview.textContent).toContain('Sites changed (1): P01');
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
    await userEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().pendingImport).toBeNull();
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
  });

  it('opens a recent file through main and saves as JSON or CSV', async () => {
    const { store } = renderWithStore(<HierarchyView />);
    await userEvent.click(await screen.findByRole('button', { name: 'fabrikam.json' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace the current hierarchy' }));
    expect(store.getState().hierarchy.name).toBe('Fabrikam');
    expect(fake.calls.find((call) => call.name === 'openRecentHierarchy')?.args).toEqual({ path: '/data/fabrikam.json' });
    await userEvent.click(screen.getByRole('button', { name: 'Export as CSV…' }));
    expect(await screen.findByText('Saved to /data/out.csv')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(store.getState().hierarchySource).toEqual({ kind: 'file', path: '/data/out.json' }));
    expect(fake.calls.filter((call) => call.name === 'saveHierarchyFile').map((call) => (call.args as { format: string }).format)).toEqual(['csv', 'json']);
  });
});

describe('hierarchy editor', () => {
  it('validates as you type, refuses to apply an invalid draft, and undoes', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<HierarchyView />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const system = screen.getByRole('group', { name: DEMO_HIERARCHY.systems[0]!.fqdn });
    const fqdn = within(system).getByLabelText('FQDN') as HTMLInputElement;
    await user.clear(fqdn);
    await user.type(fqdn, 'bad name!');
    expect((screen.getAllByLabelText('FQDN')[0] as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/expected a host name such as server\.corp\.example/).length).toBeGreaterThan(0);
    expect((screen.getByRole('button', { name: 'Apply changes' }) as HTMLButtonElement).disabled).toBe(true);
    // Undo back to the original name (one step per keystroke), then redo one.
    // One step per keystroke (the space typed is trimmed, still a step) and one for the clearing.
    for (let i = 0; i < 'bad name!'.length + 1; i++) fireEvent.keyDown(screen.getAllByLabelText('FQDN')[0] as HTMLElement, { key: 'z', ctrlKey: true });
    expect((screen.getAllByLabelText('FQDN')[0] as HTMLInputElement).value).toBe(DEMO_HIERARCHY.systems[0]!.fqdn);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect((screen.getAllByLabelText('FQDN')[0] as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
  });

  it('applies a valid change: a new site with a system, and a role setting', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<HierarchyView />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Add a site' }));
    const site = screen.getByRole('group', { name: 'Site NEW' });
    await user.clear(within(site).getByLabelText('Name'));
    await user.type(within(site).getByLabelText('Name'), 'Berlin');
    await user.click(within(screen.getByRole('group', { name: 'Site NEW' })).getByRole('button', { name: 'Add a system' }));
    const added = screen.getByRole('group', { name: 'new-system-1.corp.example' });
    await user.click(within(added).getByLabelText('PXE'));
    expect(screen.getByText('No problem found.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Apply changes' }));
    const state = store.getState();
    expect(state.draft).toBeNull();
    expect(state.hierarchyUnsaved).toBe(true);
    expect(state.hierarchy.sites.at(-1)).toEqual({ code: 'NEW', name: 'Berlin', type: 'primary', parent: 'CAS' });
    expect(state.hierarchy.systems.at(-1)).toEqual({ fqdn: 'new-system-1.corp.example', site: 'NEW', roles: [{ role: 'distribution-point', pxe: true }] });
    expect(screen.getByRole('article', { name: 'NEW · Berlin' })).toBeTruthy();
  });
});
