import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/netcheck-api.ts';
import { loadResultDocuments, type NamedText } from '../../shared/results/load-result-document.ts';
import { FilePicker } from '../components/FilePicker.tsx';
import { IssueList } from '../components/IssueList.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { BaselineDiff } from '../report/BaselineDiff.tsx';
import type { ValidationIssue } from '../../shared/validation/issue.ts';
import { vantageName } from '../../shared/results/merge-vantages.ts';
import { buildLogDocument } from '../../shared/logs/log-document.ts';
import { statusCountsOf } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { LanguageOptions } from '../components/LanguageOptions.tsx';

/**
 * Saves the finished run as JSON (re-opens in the app, same document as the CLI) or as one
 * self-contained HTML file, and re-opens a saved run.
 */
export function ReportView() {
  const { t, i18n } = useTranslation();
  const run = useAppStore((s) => s.run);
  const resultDocumentOpened = useAppStore((s) => s.resultDocumentOpened);
  const counts = useMemo(() => statusCountsOf(run), [run]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [openErrors, setOpenErrors] = useState<{ path: string; errors: ValidationIssue[] } | null>(null);
  const document = run?.phase === 'finished' ? run.document : undefined;
  const hasNativeDialogs = useAppStore((s) => s.appInfo?.shell !== 'browser-bridge');

  const walkthroughRuns = useAppStore((s) => s.walkthroughRuns);
  const logSession = useAppStore((s) => s.logSession);
  const [redact, setRedact] = useState(false);
  // The report is written for its reader: the app's language unless another is chosen here.
  const [reportLanguage, setReportLanguage] = useState<Language | null>(null);
  const language = reportLanguage ?? (isLanguage(i18n.language) ? i18n.language : 'en');
  const canPrintPdf = useAppStore((s) => s.appInfo?.pdf === true);
  const save = async (format: 'json' | 'html' | 'pdf' | 'firewall-csv' | 'firewall-ps1') => {
    if (!document) return;
    // The call's walkthroughs (on this hierarchy) and the open log go into the report with the run.
    const walkthroughs = walkthroughRuns.filter((run) => !run.hierarchy || run.hierarchy === document.hierarchy?.name);
    const withContext = { ...document, ...(walkthroughs.length > 0 ? { walkthroughs } : {}), ...(logSession ? { logs: buildLogDocument(logSession.files, logSession.analysis) } : {}) };
    const answer = await getApi().saveResultDocument({ document: withContext, format, redact, language });
    if (!answer.ok) setMessage({ kind: 'error', text: t('ui.report.saveFailed', { message: answer.error.message }) });
    else if (answer.value.status === 'saved') setMessage({ kind: 'ok', text: t('ui.report.saved', { path: answer.value.path }) });
  };
  const openTexts = (files: NamedText[]) => {
    setOpenErrors(null);
    const loaded = loadResultDocuments(files);
    if (loaded.ok) resultDocumentOpened(loaded.document, loaded.name);
    else setOpenErrors({ path: loaded.name, errors: loaded.errors });
  };
  const open = async () => {
    setOpenErrors(null);
    const answer = await getApi().openResultDocument(null);
    if (!answer.ok) return setMessage({ kind: 'error', text: answer.error.message });
    const result = answer.value;
    if (result.status === 'opened') resultDocumentOpened(result.value, result.path);
    else if (result.status === 'invalid') setOpenErrors({ path: result.path, errors: result.errors });
  };

  return (
    <section className="view" aria-labelledby="report-heading">
      <div className="view-header">
        <h2 id="report-heading">{t('ui.report.heading')}</h2>
        <p className="muted">{t('ui.report.intro')}</p>
        <p className="muted">{t('ui.report.openHint')}</p>
        <div className="toolbar">
          <button type="button" disabled={!document} onClick={() => void save('json')}>
            {t('ui.report.saveJson')}
          </button>
          <button type="button" disabled={!document} onClick={() => void save('html')}>
            {t('ui.report.saveHtml')}
          </button>
          {canPrintPdf && (
            <button type="button" disabled={!document} onClick={() => void save('pdf')}>
              {t('ui.report.savePdf')}
            </button>
          )}
          <button type="button" className="secondary" disabled={!document} onClick={() => void save('firewall-csv')}>
            {t('ui.report.saveFirewallCsv')}
          </button>
          <button type="button" className="secondary" disabled={!document} onClick={() => void save('firewall-ps1')}>
            {t('ui.report.saveFirewallPs1')}
          </button>
          <label>
            {t('ui.report.language')}{' '}
            <select value={language} onChange={(event) => isLanguage(event.target.value) && setReportLanguage(event.target.value)}>
              <LanguageOptions />
            </select>
          </label>
          <label>
            <input type="checkbox" checked={redact} onChange={(event) => setRedact(event.target.checked)} /> {t('ui.report.redact')}
          </label>
          {hasNativeDialogs ? (
            <button type="button" className="secondary" onClick={() => void open()}>
              {t('ui.report.open')}
            </button>
          ) : (
            <FilePicker className="secondary" accept=".json,application/json" multiple onFiles={openTexts}>
              {t('ui.report.open')}
            </FilePicker>
          )}
        </div>
      </div>
      {message && (
        <div className={`banner ${message.kind === 'ok' ? 'banner-ok' : 'banner-error'}`} role="status">
          {message.text}
        </div>
      )}
      {openErrors && (
        <div className="banner banner-error" role="alert">
          <p>{t('ui.hierarchy.rejected', { path: openErrors.path, count: openErrors.errors.length })}</p>
          <IssueList issues={openErrors.errors} />
        </div>
      )}
      {!document ? (
        <p className="muted">{t('ui.report.nothing')}</p>
      ) : (
        <div className="card">
          <h3>{t('ui.report.counts')}</h3>
          {document.vantages && document.vantages.length > 1 && <p>{t('ui.report.vantages', { count: document.vantages.length, names: document.vantages.map(vantageName).join(', ') })}</p>}
          <ul className="counts">
            {(['fail', 'warn', 'unknown', 'skipped', 'pass'] as const).map((status) => (
              <li key={status} className="count-chip">
                <StatusBadge status={status} /> {counts[status]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {document && <BaselineDiff current={document} hasNativeDialogs={hasNativeDialogs} />}
    </section>
  );
}
