import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { App } from '../../../src-renderer/app/App.tsx';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

const proxy = { systemAvailable: false, credentialsFor: null, pac: null };

describe('the hierarchy of the last session', () => {
  it('opens on the hierarchy in use when the app closed, says so, and keeps the next one', async () => {
    const fabrikam = { ...DEMO_HIERARCHY, name: 'Fabrikam' };
    const fake = createFakeApi({
      getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'helpdesk', addresses: [], platform: 'win32' }, proxy, lastHierarchy: { hierarchy: fabrikam, from: 'C:\\netcheck\\fabrikam.json' }, language: { setting: 'system', system: 'en' } } }),
      rememberHierarchy: () => ({ ok: true, value: null }),
    });
    window.api = fake.api;
    const { store } = renderWithStore(<App />);
    expect(await screen.findByRole('heading', { name: 'Fabrikam' })).toBeTruthy();
    expect(screen.getByText(/Restored from the last session \(C:\\netcheck\\fabrikam\.json\)/)).toBeTruthy();
    expect(store.getState().hierarchySource).toEqual({ kind: 'restored', from: 'C:\\netcheck\\fabrikam.json' });
    await userEvent.click(screen.getByRole('button', { name: 'Use the demo hierarchy' }));
    expect(fake.calls.filter((call) => call.name === 'rememberHierarchy').at(-1)?.args).toEqual({ clear: true });
    act(() => store.getState().hierarchyLoaded({ ...DEMO_HIERARCHY, name: 'Woodgrove' }, { kind: 'file', path: '/tmp/woodgrove.json' }, []));
    expect(fake.calls.filter((call) => call.name === 'rememberHierarchy').at(-1)?.args).toMatchObject({ from: '/tmp/woodgrove.json', hierarchy: { name: 'Woodgrove' } });
  });

  it('shows a damaged settings file as a notice, not a crash', async () => {
    window.api = createFakeApi({
      getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'h', addresses: [], platform: 'win32' }, proxy, settingsNotice: { key: 'app.settingsNotice', params: { reason: 'x' } }, language: { setting: 'system', system: 'en' } } }),
    }).api;
    renderWithStore(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('set aside as settings.json.corrupt');
  });
});
