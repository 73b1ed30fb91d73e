import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffDocuments } from '../../shared/report/diff-documents.ts';
import { loadResultDocuments } from '../../shared/results/load-result-document.ts';
import type { ResultDocument } from '../../shared/results/result-document.ts';
import { getApi } from '../api/netcheck-api.ts';
import { FilePicker } from '../components/FilePicker.tsx';
import { issueText, type ValidationIssue } from '../../shared/validation/issue.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';

/**
 * Compares the current run with a baseline saved earlier (before a firewall change, say): what broke,
 * what was fixed, what is new or gone. The baseline is only read; the current run stays as it is.
 */
export function BaselineDiff({ current, hasNativeDialogs }: { current: ResultDocument; hasNativeDialogs: boolean }) {
  const { t } = useTranslation();
  const [baseline, setBaseline] = useState<{ name: string; document: ResultDocument } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const diff = useMemo(() => (baseline ? diffDocuments(baseline.document, current) : null), [baseline, current]);
  const refused = (name: string, errors: readonly ValidationIssue[]) => setError(`${name}: ${errors.map((issue) => issueText(t, issue)).join('; ')}`);
  const choose = async () => {
    const answer = await getApi().openResultDocument(null);
    if (!answer.ok) return setError(answer.error.message);
    if (answer.value.status === 'opened') setBaseline({ name: answer.value.path, document: answer.value.value });
    else if (answer.value.status === 'invalid') refused(answer.value.path, answer.value.errors);
  };
  return (
    <div className="card baseline-diff">
      <h3>{t('ui.report.diffHeading')}</h3>
      {hasNativeDialogs ? (
        <button type="button" className="secondary" onClick={() => void choose()}>
          {t('ui.report.diffChoose')}
        </button>
      ) : (
        <FilePicker
          className="secondary"
          accept=".json,application/json"
          onFiles={([file]) => {
            if (!file) return;
            const loaded = loadResultDocuments([file]);
            if (loaded.ok) setBaseline({ name: loaded.name, document: loaded.document });
            else refused(loaded.name, loaded.errors);
          }}
        >
          {t('ui.report.diffChoose')}
        </FilePicker>
      )}
      {error && <p className="banner banner-error" role="alert">{error}</p>}
      {diff && baseline && (
        <>
          <p className="muted">{t('ui.report.diffSince', { name: baseline.name, at: diff.baseline.startedAt })}</p>
          {!diff.sameHierarchy && <p className="banner banner-warn">{t('cli.diffOtherHierarchy')}</p>}
          {diff.changes.length === 0 ? (
            <p>{t('cli.diffNone')}</p>
          ) : (
            <ul className="diff-list">
              {diff.changes.map((change) => (
                <li key={change.id} className={`diff-${change.kind}`}>
                  <strong>{t(`ui.report.diffKind.${change.kind}`)}</strong> <code>{change.what}</code> {change.before ? <StatusBadge status={change.before} /> : '—'} → {change.after ? <StatusBadge status={change.after} /> : '—'}
                  {change.afterSummary && <div className="muted">{change.afterSummary}</div>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
