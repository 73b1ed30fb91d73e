import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { serializeHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import { HierarchyView } from '../../../src-renderer/views/HierarchyView.tsx';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

function dropFile(name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.drop(screen.getByRole('region', { name: 'Contoso demo hierarchy' }), { dataTransfer: { files: [file] } });
}

describe('HierarchyView', () => {
  beforeEach(() => {
    window.api = createFakeApi().api;
  });

  it('lists every site with its systems and their roles', () => {
    renderWithStore(<HierarchyView />);
    expect(screen.getByText('Built-in demo hierarchy', { exact: false })).toBeTruthy();
    const p02 = screen.getByRole('article', { name: 'P02 · Amsterdam' });
    expect(p02.textContent).toContain('p02sql01.corp.contoso.example');
    expect(p02.textContent).toContain('Site database server (instance CM_P02, SQL port 1500, Service Broker port 4022)');
    expect(screen.getByText('cmg.contoso.example — cloud management gateway, 2 instances')).toBeTruthy();
  });

  it('shows every located problem of a bad file and keeps the current hierarchy', async () => {
    const bad = structuredClone(DEMO_HIERARCHY) as unknown as { name: string; systems: { roles: Record<string, unknown>[] }[] };
    bad.name = 'Broken';
    bad.systems[1]!.roles[0] = { role: 'site-database', port: 70000 };
    const { store } = renderWithStore(<HierarchyView />);
    dropFile('broken.json', JSON.stringify(bad));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('Could not load broken.json: 1 problem. Your current hierarchy is unchanged.');
    expect(screen.getByRole('alert').textContent).toContain('systems[1].roles[0].port: expected integer 1-65535 (got 70000)');
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
  });

  it('loads a dropped valid file and says where it came from', async () => {
    const renamed = { ...structuredClone(DEMO_HIERARCHY), name: 'Fabrikam' };
    const { store } = renderWithStore(<HierarchyView />);
    dropFile('fabrikam.json', serializeHierarchy(renamed));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace the current hierarchy' }));
    await screen.findByRole('heading', { name: 'Fabrikam' });
    expect(store.getState().hierarchySource).toEqual({ kind: 'file', path: 'fabrikam.json' });
    await userEvent.click(screen.getByRole('button', { name: 'Use the demo hierarchy' }));
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
  });

  it('opens a file through main and loads what main validated', async () => {
    const fake = createFakeApi({
      openHierarchyFile: () => ({ ok: true, value: { status: 'opened', path: '/tmp/h.json', value: { ...DEMO_HIERARCHY, name: 'From main' }, warnings: [] } }),
    });
    window.api = fake.api;
    renderWithStore(<HierarchyView />);
    await userEvent.click(screen.getByRole('button', { name: 'Open or import…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace the current hierarchy' }));
    await screen.findByRole('heading', { name: 'From main' });
    expect(fake.calls.map((call) => call.name).filter((name) => name !== 'listRecentHierarchies')).toEqual(['openHierarchyFile']);
  });

  it('offers the page file picker when the shell has no native dialogs', async () => {
    const { store } = renderWithStore(<HierarchyView />);
    store.getState().appInfoReceived({ version: '0', shell: 'browser-bridge', vantage: { hostname: 'h', addresses: [], platform: 'p' }, proxy: { systemAvailable: false, credentialsFor: null, pac: null }, language: { setting: 'system', system: 'en' } });
    await waitFor(() => expect(document.querySelector('input[type="file"]')).not.toBeNull());
  });
});
