import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/results/result-document.ts';

/** A result's evidence: when, how long, name resolution, both socket ends, what was sent and received. */
export function EvidenceDetails({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  const e = result.evidence;
  const f = (key: string) => t(`report.evidenceFields.${key}`);
  const resolution = e.resolution;
  return (
    <dl className="evidence">
      <dt>{f('startedAt')}</dt>
      <dd>{e.startedAt}</dd>
      <dt>{f('duration')}</dt>
      <dd>
        {e.durationMs} ms ({f('timeout').toLowerCase()} {e.timeoutMs} ms)
      </dd>
      {resolution && (
        <>
          <dt>{f('resolution')}</dt>
          <dd>
            <code>
              {resolution.name} via {resolution.via} → {resolution.error ? `${resolution.error.code}: ${resolution.error.message}` : resolution.addresses.join(', ')} ({resolution.durationMs} ms)
            </code>
          </dd>
        </>
      )}
      {e.local && (
        <>
          <dt>{f('from')}</dt>
          <dd>
            <code>
              {e.local.address}:{e.local.port}
            </code>
          </dd>
        </>
      )}
      {e.remote && (
        <>
          <dt>{f('to')}</dt>
          <dd>
            <code>
              {e.remote.address}:{e.remote.port}
            </code>
          </dd>
        </>
      )}
      {e.sent && (
        <>
          <dt>{f('sent')}</dt>
          <dd>
            <code>{e.sent}</code>
          </dd>
        </>
      )}
      {e.received && (
        <>
          <dt>{f('received')}</dt>
          <dd>
            <code>{e.received}</code>
          </dd>
        </>
      )}
      {e.error && (
        <>
          <dt>{f('error')}</dt>
          <dd>
            <code>
              {e.error.code}: {e.error.message}
            </code>
          </dd>
        </>
      )}
    </dl>
  );
}
