import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { Plan } from '../../../shared/plan/build-plan.ts';
import type { CheckResult, ResultDocument } from '../../../shared/results/result-document.ts';
import { createAppStore } from '../../../src-renderer/store/create-app-store.ts';

const plan: Plan = {
  links: [],
  checks: [
    { id: 'a', probe: 'tcp', services: ['smb'], target: { host: 'a', port: 445, portLabel: '445', transport: 'tcp' }, linkIds: [] },
    { id: 'b', probe: 'tcp', services: ['smb'], target: { host: 'b', port: 445, portLabel: '445', transport: 'tcp' }, linkIds: [] },
  ],
};
const result = (id: string): CheckResult => ({
  id,
  probe: 'tcp',
  target: { host: id, port: 445, portLabel: '445', transport: 'tcp' },
  verdict: 'open',
  status: 'pass',
  durationMs: 1,
  summary: '',
  message: { key: 'k', params: {} },
  details: {},
  evidence: { startedAt: 'x', durationMs: 1, timeoutMs: 1 },
  links: [],
});

describe('run slice', () => {
  it('follows a run from start to finish and ignores events of other runs', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().runStarted('r1', plan);
    s().checkStarted('r1', 'a');
    s().checkStarted('r0', 'b');
    expect(s().run?.running).toEqual(['a']);
    s().resultReceived('r1', result('a'), 1, 2);
    expect(s().run).toMatchObject({ running: [], done: 1, total: 2, phase: 'running' });
    s().runFinished('r1', { results: [result('a'), result('b')] } as ResultDocument);
    expect(s().run).toMatchObject({ phase: 'finished', done: 2 });
    expect(Object.keys(s().run!.results)).toEqual(['a', 'b']);
  });

  it('clears the run when another hierarchy is loaded, and keeps everything when a file is rejected', () => {
    const store = createAppStore();
    store.getState().runStarted('r1', plan);
    store.getState().hierarchyRejected({ path: 'bad.json', errors: [] });
    expect(store.getState().run?.runId).toBe('r1');
    expect(store.getState().hierarchy).toBe(DEMO_HIERARCHY);
    store.getState().hierarchyLoaded({ ...DEMO_HIERARCHY, name: 'other' }, { kind: 'file', path: 'o.json' }, []);
    expect(store.getState().run).toBeNull();
    expect(store.getState().rejectedFile).toBeNull();
  });

  it('gives every test its own store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().viewSelected('topology');
    expect(b.getState().view).toBe('hierarchy');
  });
});
