import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import { ReportView } from '../../../src-renderer/views/ReportView.tsx';
import { demoResultDocument } from '../../support/result-fixtures.ts';
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
    await userEvent.click(screen.getByRole('button', { name: 'Open a saved run…' }));
    expect(store.getState().hierarchy.name).toBe('Saved hierarchy');
    expect(store.getState().hierarchySource).toEqual({ kind: 'result', path: '/tmp/run.json' });
    await userEvent.click(screen.getByRole('button', { name: 'Save report (HTML)' }));
    expect(fake.calls.at(-1)).toEqual({ name: 'saveResultDocument', args: { document, format: 'html' } });
    expect((await screen.findByRole('status')).textContent).toBe('Saved to /tmp/run.html');
  });

  it('lists the problems of an invalid saved run and changes nothing', async () => {
    window.api = createFakeApi({
      openResultDocument: () => ({ ok: true, value: { status: 'invalid', path: '/tmp/x.json', errors: [{ path: 'results[0].status', message: 'expected one of "pass"', severity: 'error' }] } }),
    }).api;
    const { store } = renderWithStore(<ReportView />);
    await userEvent.click(screen.getByRole('button', { name: 'Open a saved run…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('results[0].status: expected one of "pass"');
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
    expect(store.getState().run).toBeNull();
  });
});
