import { useTranslation } from 'react-i18next';
import type { Finding, LogFileSummary } from '../../shared/logs/log-types.ts';
import { worstStatus } from '../../shared/results/status.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useAppStore } from '../store/store-context.tsx';
import { showTime } from './log-format.ts';
import { describeFinding } from '../../shared/logs/finding-text.ts';
import { summaryOf } from '../../shared/results/result-text.ts';
import type { CheckResult } from '../../shared/results/result-document.ts';
import type { TFunction } from 'i18next';
import { useEndpointTest } from './use-endpoint-test.ts';

/** Categories a test from this machine can confirm or rule out now. */
const NETWORK_CATEGORIES = new Set(['dns', 'tcp', 'timeout', 'tls-trust', 'tls-protocol', 'proxy', 'http']);

function baseName(file: string | undefined): string {
  return file?.split(/[\\/]/).pop() ?? '';
}

/** What the live test found: its first result that did not pass (or its first). */
function summaryText(t: TFunction, results: readonly CheckResult[]): string {
  const shown = results.find((result) => result.status !== 'pass') ?? results[0];
  return shown ? summaryOf(t, shown) : '';
}

/** One finding: what failed, where, why, how to fix it, the document that says so, and a live test. */
export function FindingCard({ finding, files }: { finding: Finding; files: readonly LogFileSummary[] }) {
  const { t } = useTranslation();
  const zone = useAppStore((s) => s.logTimeZone);
  const reveal = useAppStore((s) => s.logEntryRevealed);
  const testable = finding.host !== undefined || NETWORK_CATEGORIES.has(finding.category);
  const { state, start } = useEndpointTest(finding.host);
  const where = t('ui.logs.at', { file: baseName(files[finding.file]?.path), line: finding.line });
  const text = describeFinding(t, finding);
  const first = finding.first ? t('ui.logs.at', { file: baseName(files[finding.first.file]?.path), line: finding.first.line }) : undefined;
  return (
    <article className={`card finding finding-${finding.severity}`} aria-label={`${t(`logs.category.${finding.category}`)}: ${finding.message}`}>
      <header className="finding-head">
        <span className={`severity-pill severity-${finding.severity}`}>{t(`logs.severity.${finding.severity}`)}</span>
        <strong>{t(`logs.category.${finding.category}`)}</strong>
        {finding.host && <code>{finding.host}</code>}
        {finding.code && (
          <code title={finding.codeName}>
            {finding.code}
            {finding.codeName ? ` ${finding.codeName}` : ''}
          </code>
        )}
      </header>
      <p className="finding-message">{finding.message}</p>
      <p className="muted">
        {where} · {showTime(finding.time, zone)}
        {first && ` · ${t('ui.logs.occurrences', { count: finding.occurrences, first })}`}
      </p>
      <dl className="finding-details">
        <dt>{t('ui.logs.why')}</dt>
        <dd>{text.explanation}</dd>
        <dt>{t('ui.logs.fix')}</dt>
        <dd>{text.fix}</dd>
        {finding.source && (
          <>
            <dt>{t('ui.logs.source')}</dt>
            <dd>{finding.source.section ? `${finding.source.document}, "${finding.source.section}"` : finding.source.document}</dd>
          </>
        )}
      </dl>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => reveal(finding.entry)}>
          {t('ui.logs.showLine')}
        </button>
        {testable && (
          <button type="button" disabled={state.kind === 'running'} onClick={() => void start()}>
            {state.kind === 'running' ? t('ui.logs.testRunning') : finding.host ? t('ui.logs.testHost', { host: finding.host }) : t('ui.logs.testScp')}
          </button>
        )}
        {state.kind === 'done' && (
          <span className="finding-test" aria-live="polite">
            <StatusBadge status={worstStatus(state.results.map((result) => result.status)) ?? 'unknown'} />{' '}
            {summaryText(t, state.results)}
          </span>
        )}
      </div>
    </article>
  );
}
