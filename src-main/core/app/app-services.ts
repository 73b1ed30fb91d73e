import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { AppInfo, EventContract, EventName, InvokeHandlers, IpcResult, OpenFileResult } from '../../../shared/ipc/contract.ts';
import type { ValidationIssue } from '../../../shared/validation/issue.ts';
import { buildPlan } from '../../../shared/plan/build-plan.ts';
import { parsePortFilter, type PortFilter } from '../../../shared/plan/port-filter.ts';
import { loadResultDocument } from '../../../shared/results/load-result-document.ts';
import type { ResultDocument, RunSettings } from '../../../shared/results/result-document.ts';
import { DEFAULT_RUN_SETTINGS } from '../../../shared/results/run-defaults.ts';
import { APP_VERSION } from '../../../shared/version.ts';
import { runPlan } from '../checks/run-plan.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { createSystemResolver, type Resolver } from '../net/resolver.ts';
import type { Probe } from '../probes/probe.ts';
import { renderHtmlReport } from '../report/html-report.ts';
import { collectVantage } from '../vantage.ts';
import type { Dialogs } from './dialogs.ts';
import { readTextFile } from './read-text-file.ts';

/** What the services need from their host (Electron main or the browser bridge). */
export interface AppServiceDeps {
  shell: AppInfo['shell'];
  dialogs: Dialogs;
  emit: <K extends EventName>(name: K, payload: EventContract[K]) => void;
  probes: ReadonlyMap<string, Probe>;
  translate: Translate;
  /** A fresh resolver per run (so lookups are shared within a run, never across runs). */
  createResolver?: () => Resolver;
  /** Extra trusted roots for TLS probes (a private PKI). */
  ca?: readonly string[];
}

function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/**
 * The main-process side of the IPC contract, independent of Electron.
 *
 * Handlers receive payloads that the IPC wrapper already validated against the contract. A run
 * starts in the background and reports through `runProgress` / `runFinished` events, so the UI stays
 * live and a run can be cancelled by id.
 */
export function createAppServices(deps: AppServiceDeps): InvokeHandlers & { activeRuns(): number } {
  const runs = new Map<string, AbortController>();
  const createResolver = deps.createResolver ?? createSystemResolver;

  return {
    activeRuns: () => runs.size,

    getAppInfo: async () => ok({ version: APP_VERSION, shell: deps.shell, vantage: collectVantage() }),

    startRun: async ({ hierarchy, options }) => {
      const only = (options.only ?? []).map((text) => parsePortFilter(text) as PortFilter);
      const planned = buildPlan(hierarchy, { from: options.from, only });
      if (!planned.ok) return { ok: false, error: { code: 'invalid-payload', message: planned.errors.join('; ') } };
      const runId = randomUUID();
      const controller = new AbortController();
      runs.set(runId, controller);
      const settings: RunSettings = {
        timeoutMs: options.timeoutMs ?? DEFAULT_RUN_SETTINGS.timeoutMs,
        concurrency: options.concurrency ?? DEFAULT_RUN_SETTINGS.concurrency,
        perHostConcurrency: options.perHostConcurrency ?? DEFAULT_RUN_SETTINGS.perHostConcurrency,
        ...(options.from ? { from: options.from } : {}),
        ...(options.only?.length ? { only: options.only } : {}),
      };
      void runPlan(planned.value, {
        hierarchy,
        settings,
        probes: deps.probes,
        resolver: createResolver(),
        translate: deps.translate,
        ...(deps.ca ? { ca: deps.ca } : {}),
        signal: controller.signal,
        onEvent: (event) =>
          deps.emit(
            'runProgress',
            event.type === 'check-started'
              ? { runId, type: 'check-started', checkId: event.checkId }
              : { runId, type: 'check-finished', result: event.result, done: event.done, total: event.total },
          ),
      }).then((document) => {
        runs.delete(runId);
        deps.emit('runFinished', { runId, document });
      });
      return ok({ runId, plan: planned.value });
    },

    cancelRun: async ({ runId }) => {
      const controller = runs.get(runId);
      controller?.abort();
      return ok({ cancelled: controller !== undefined });
    },

    openHierarchyFile: async () =>
      ok(
        await openDocument(deps.dialogs, 'hierarchy', (text) => {
          const loaded = loadHierarchy(text);
          return loaded.ok ? { ok: true, value: loaded.hierarchy, warnings: loaded.warnings } : loaded;
        }),
      ),

    openResultDocument: async () =>
      ok(
        await openDocument(deps.dialogs, 'result', (text) => {
          const loaded = loadResultDocument(text);
          return loaded.ok ? { ok: true, value: loaded.value, warnings: [] } : loaded;
        }),
      ),

    saveResultDocument: async ({ document, format }) => {
      const target = await deps.dialogs.chooseFileToSave(suggestedFileName(document, format), format);
      if (!target) return ok({ status: 'cancelled' as const });
      const content = format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : renderHtmlReport(document, deps.translate);
      try {
        await writeFileAtomic(target, content);
        return ok({ status: 'saved' as const, path: target });
      } catch (err) {
        return { ok: false, error: { code: 'io-error', message: `${path.basename(target)}: ${err instanceof Error ? err.message : String(err)}` } };
      }
    },
  };
}

type Parsed<T> = { ok: true; value: T; warnings: ValidationIssue[] } | { ok: false; errors: ValidationIssue[] };

/**
 * Asks for a file, reads it within the size limit and parses it. An unreadable file is reported like
 * an invalid one, as a located issue, so the renderer shows one kind of problem list either way.
 */
async function openDocument<T>(dialogs: Dialogs, kind: 'hierarchy' | 'result', parse: (text: string) => Parsed<T>): Promise<OpenFileResult<T>> {
  const file = await dialogs.chooseFileToOpen(kind);
  if (!file) return { status: 'cancelled' };
  const read = await readTextFile(file);
  if (!read.ok) return { status: 'invalid', path: file, errors: [{ path: '', message: read.message, severity: 'error' }] };
  const parsed = parse(read.text);
  return parsed.ok ? { status: 'opened', path: file, value: parsed.value, warnings: parsed.warnings } : { status: 'invalid', path: file, errors: parsed.errors };
}

/** `netcheck-<hierarchy>-<yyyymmdd-hhmm>.json`: sortable and recognisable in a downloads folder. */
export function suggestedFileName(document: ResultDocument, format: 'json' | 'html'): string {
  const slug = (document.hierarchy?.name ?? 'probe').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'hierarchy';
  const stamp = document.startedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `netcheck-${slug}-${stamp}.${format}`;
}
