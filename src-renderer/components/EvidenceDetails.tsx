import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult, WireExchange } from '../../shared/results/result-document.ts';

/**
 * A result's evidence: when, how long, name resolution, both socket ends, what was sent and
 * received (with the bytes on the wire for protocol probes), and the probe's details.
 */
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
  if (e.attempts !== undefined) rows.push(['attempts', String(e.attempts)]);
  if (e.exchanges?.length) rows.push(['wire', <WireLog exchanges={e.exchanges} />]);
  if (Object.keys(result.details).length > 0) rows.push(['details', <pre className="details-json">{JSON.stringify(result.details, null, 2)}</pre>]);
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

/** Each message on the wire: when, which way, how many bytes, what it was, and its bytes in hex. */
function WireLog({ exchanges }: { exchanges: readonly WireExchange[] }) {
  const { t } = useTranslation();
  return (
    <ol className="wire-log">
      {exchanges.map((exchange, index) => (
        <li key={index}>
          <span>
            {t('report.evidenceFields.wireLine', {
              atMs: exchange.atMs,
              direction: t(exchange.direction === 'sent' ? 'report.evidenceFields.wireSent' : 'report.evidenceFields.wireReceived'),
              bytes: exchange.bytes,
              peer: exchange.peer ? ` (${exchange.peer.address}:${exchange.peer.port})` : '',
              note: exchange.note ?? '',
            })}
          </span>
          <code className="hex">{exchange.hex}</code>
        </li>
      ))}
    </ol>
  );
}
