import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/results/result-document.ts';

/** A result's evidence: when, how long, name resolution, both socket ends, what was sent and received. */
export function EvidenceDetails({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  const e = result.evidence;
  const r = e.resolution;
  const rows: [string, ReactNode][] = [
    ['startedAt', e.startedAt],
    ['duration', `${e.durationMs} ms (${t('report.evidenceFields.timeout').toLowerCase()} ${e.timeoutMs} ms)`],
  ];
  if (r) rows.push(['resolution', <code>{`${r.name} via ${r.via} → ${r.error ? `${r.error.code}: ${r.error.message}` : r.addresses.join(', ')} (${r.durationMs} ms)`}</code>]);
  if (e.local) rows.push(['from', <code>{`${e.local.address}:${e.local.port}`}</code>]);
  if (e.remote) rows.push(['to', <code>{`${e.remote.address}:${e.remote.port}`}</code>]);
  if (e.sent) rows.push(['sent', <code>{e.sent}</code>]);
  if (e.received) rows.push(['received', <code>{e.received}</code>]);
  if (e.error) rows.push(['error', <code>{`${e.error.code}: ${e.error.message}`}</code>]);
  return (
    <dl className="evidence">
      {rows.map(([field, value]) => (
        <div key={field} className="evidence-row">
          <dt>{t(`report.evidenceFields.${field}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
