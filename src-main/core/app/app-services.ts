import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { effectiveLanguage, type Language, type LanguageSetting } from '../../../shared/i18n/languages.ts';
import { createTranslator, type Translate } from '../../../shared/i18n/translator.ts';
import type { AppInfo, EventContract, EventName, InvokeHandlers } from '../../../shared/ipc/contract.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import { APP_VERSION } from '../../../shared/version.ts';
import { runPlan } from '../checks/run-plan.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { createSystemResolver, type Resolver } from '../net/resolver.ts';
import type { Probe } from '../probes/probe.ts';
import { REPORT_EXTENSIONS, renderReportFile, type ReportFormat } from '../report/report-files.ts';
import { collectVantage } from '../vantage.ts';
import type { Dialogs } from './dialogs.ts';
import { prepareRun, proxyState, type ProxyHolder } from './run-request.ts';
import { createLogServices } from '../logs/log-services.ts';
import { createHierarchyServices } from './hierarchy-services.ts';
import { openDocument, openResultDocuments } from './open-document.ts';
import { RecentFiles } from './recent-files.ts';
import { SettingsFile } from '../settings/settings-file.ts';
import { LastHierarchy } from '../settings/last-hierarchy.ts';
import type { SecretCipher } from '../settings/secret-envelope.ts';
import { createWalkthroughServices } from './walkthrough-services.ts';
import { WalkthroughStore } from './walkthrough-store.ts';
import { compilePacScript } from '../proxy/pac-script.ts';
import { fileSlug } from '../../../shared/util/file-slug.ts';
import { ok, ioError } from './ipc-result.ts';

/** What the services need from their host (Electron main or the browser bridge). */
export interface AppServiceDeps {
  shell: AppInfo['shell'];
  dialogs: Dialogs;
  emit: <K extends EventName>(name: K, payload: EventContract[K]) => void;
  probes: ReadonlyMap<string, Probe>;
  /** The language the operating system uses (Electron's preferred system languages; the environment in the bridge). */
  systemLanguage: Language;
  /** A fresh resolver per run (so lookups are shared within a run, never across runs). */
  createResolver?: () => Resolver;
  /** Extra trusted roots for TLS probes (a private PKI). */
  ca?: readonly string[];
  /** SHA-256 fingerprints of roots to accept as Microsoft's (a root Microsoft adopted after this release). */
  acceptedRoots?: readonly string[];
  /** The system proxy for a URL, as Chromium resolves it (the desktop app only). */
  resolveProxy?: (url: string) => Promise<string>;
  /** Where the app keeps its settings (the recent files); none: nothing is remembered. */
  settingsDir?: string;
  /** Seals secrets for this user (Electron's safeStorage); none, proxy passwords stay in memory. */
  secrets?: SecretCipher;
  /** Prints an HTML report to PDF (Chromium's print engine: Electron in the app, Chromium in the bridge); none, no PDF. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
  /** The environment endpoint routes read (`HTTPS_PROXY`, `NO_PROXY`); this process's by default. */
  env?: Readonly<Record<string, string | undefined>>;
}


/**
 * The main-process side of the IPC contract, independent of Electron.
 *
 * Handlers receive payloads that the IPC wrapper already validated against the contract. A run
 * starts in the background and reports through `runProgress` / `runFinished` events, so the UI stays
 * live and a run can be cancelled by id.
 */
export function createAppServices(deps: AppServiceDeps): InvokeHandlers & { activeRuns(): number; closeAll(): void; currentTranslator(): Translate } {
  const runs = new Map<string, AbortController>();
  const logs = createLogServices({ dialogs: deps.dialogs, emit: deps.emit });
  const walkthroughs = createWalkthroughServices(deps.settingsDir ? { store: new WalkthroughStore(deps.settingsDir) } : {});
  const hierarchies = createHierarchyServices({ dialogs: deps.dialogs, ...(deps.settingsDir ? { recent: new RecentFiles(deps.settingsDir) } : {}) });
  const createResolver = deps.createResolver ?? createSystemResolver;
  const holder: ProxyHolder = { systemAvailable: deps.resolveProxy !== undefined };
  const settings = deps.settingsDir ? new SettingsFile(deps.settingsDir, deps.secrets) : undefined;
  const lastHierarchy = deps.settingsDir ? new LastHierarchy(deps.settingsDir) : undefined;
  let language: LanguageSetting = 'system';
  /** What main writes (result summaries) follows the language the user reads. */
  const translate = () => createTranslator(effectiveLanguage(language, deps.systemLanguage));
  // Credentials kept sealed from an earlier session, and the language chosen, come back before anything uses them.
  const restored = (async () => {
    const stored = await settings?.credentials().catch(() => null);
    if (stored && !holder.credentials) {
      holder.credentials = stored;
      holder.kept = 'encrypted';
    }
    language = (await settings?.language().catch(() => 'system' as const)) ?? 'system';
  })();

  return {
    ...logs,
    ...hierarchies,
    ...walkthroughs,
    activeRuns: () => runs.size,
    /** The app's language now, for what the host words itself (the native dialogs' file types). */
    currentTranslator: translate,

    getAppInfo: async () => {
      await restored;
      const notice = settings?.notice;
      const last = await lastHierarchy?.read();
      return ok({
        version: APP_VERSION,
        shell: deps.shell,
        vantage: collectVantage(),
        proxy: proxyState(holder),
        pdf: deps.printToPdf !== undefined,
        language: { setting: language, system: deps.systemLanguage },
        ...(notice ? { settingsNotice: notice } : {}),
        ...(last ? { lastHierarchy: last } : {}),
      });
    },

    setLanguage: async (args) => {
      await restored;
      language = args.language;
      try {
        await settings?.setLanguage(args.language);
      } catch (err) {
        // The switch applies to this session even when it could not be kept.
        return ioError('settings.json', err);
      }
      return ok({ setting: language, system: deps.systemLanguage });
    },

    rememberHierarchy: async (args) => {
      try {
        await lastHierarchy?.write('clear' in args ? null : args);
        return ok(null);
      } catch (err) {
        return ioError('last-hierarchy.json', err);
      }
    },

    startRun: async (request) => {
      await restored;
      const resolver = createResolver();
      const prepared = await prepareRun(request, { holder, resolver, env: deps.env ?? process.env, ...(deps.resolveProxy ? { resolveProxy: deps.resolveProxy } : {}) });
      if (!prepared.ok) return { ok: false, error: { code: 'invalid-payload', message: prepared.errors.join('; ') } };
      const { plan, settings, route } = prepared.value;
      const runId = randomUUID();
      const controller = new AbortController();
      runs.set(runId, controller);
      void runPlan(plan, {
        hierarchy: request.hierarchy,
        settings,
        probes: deps.probes,
        resolver,
        translate: translate(),
        ...(deps.ca ? { ca: deps.ca } : {}),
        ...(deps.acceptedRoots ? { acceptedRoots: deps.acceptedRoots } : {}),
        ...(route ? { route } : {}),
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
      return ok({ runId, plan });
    },

    setProxyCredentials: async (args) => {
      await restored;
      if ('clear' in args) delete holder.credentials;
      else holder.credentials = { username: args.username, password: args.password };
      // Sealed for this user when the system can; otherwise kept for this session only. A failed
      // write leaves them in memory: the run works, the user sees they were not kept.
      const written = settings ? await settings.setCredentials(holder.credentials ?? null).catch(() => false) : false;
      holder.kept = written ? 'encrypted' : 'session';
      return ok(proxyState(holder));
    },

    openPacFile: async () => {
      const opened = await openDocument(deps.dialogs, 'pac', (text) => ({ ok: true, value: text, warnings: [] }));
      if (opened.status !== 'opened') return ok(opened);
      try {
        await compilePacScript(opened.value, createResolver());
      } catch (err) {
        // The PAC file loaded before, if any, stays in use.
        return ok({ status: 'invalid', path: opened.path, errors: [{ path: '', message: `PAC file: ${err instanceof Error ? err.message : String(err)}`, severity: 'error' }] });
      }
      holder.pac = { name: path.basename(opened.path), text: opened.value };
      return ok({ status: 'opened', path: opened.path, value: proxyState(holder), warnings: [] });
    },

    cancelRun: async ({ runId }) => {
      const controller = runs.get(runId);
      controller?.abort();
      return ok({ cancelled: controller !== undefined });
    },

    openResultDocument: async () => ok(await openResultDocuments(deps.dialogs)),

    saveDiagram: async ({ format, content, suggestedName }) => {
      const target = await deps.dialogs.chooseFileToSave(suggestedName, format);
      if (!target) return ok({ status: 'cancelled' as const });
      try {
        await writeFileAtomic(target, format === 'png' ? Buffer.from(content, 'base64') : content);
        return ok({ status: 'saved' as const, path: target });
      } catch (err) {
        return ioError(path.basename(target), err);
      }
    },

    saveResultDocument: async ({ document, format, redact, language: reportLanguage }) => {
      const target = await deps.dialogs.chooseFileToSave(suggestedFileName(document, format), REPORT_DIALOG_KIND[format]);
      if (!target) return ok({ status: 'cancelled' as const });
      // The report's language is chosen at export; the app's language otherwise.
      const reportTranslate = reportLanguage ? createTranslator(reportLanguage) : translate();
      try {
        if (format === 'pdf') {
          if (!deps.printToPdf) return { ok: false, error: { code: 'unsupported', message: 'PDF needs the desktop app (Chromium prints it)' } };
          await writeFileAtomic(target, await deps.printToPdf(await renderReportFile(document, 'html', reportTranslate, { redact: redact ?? false })));
        } else {
          await writeFileAtomic(target, await renderReportFile(document, format, reportTranslate, { redact: redact ?? false }));
        }
        return ok({ status: 'saved' as const, path: target });
      } catch (err) {
        return ioError(path.basename(target), err);
      }
    },
  };
}

/** `netcheck-<hierarchy>-<yyyymmdd-hhmm>.json`: sortable and recognisable in a downloads folder. */
export function suggestedFileName(document: ResultDocument, format: ReportFormat | 'pdf'): string {
  const slug = fileSlug(document.hierarchy?.name ?? 'probe');
  const stamp = document.startedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const kind = format.startsWith('firewall') ? '-firewall-request' : '';
  return `netcheck-${slug}-${stamp}${kind}.${format === 'pdf' ? 'pdf' : REPORT_EXTENSIONS[format]}`;
}

/** The save dialog's file type for each report format. */
const REPORT_DIALOG_KIND: Record<ReportFormat | 'pdf', 'json' | 'html' | 'csv' | 'ps1' | 'pdf'> = { json: 'json', html: 'html', pdf: 'pdf', 'firewall-csv': 'csv', 'firewall-ps1': 'ps1' };
