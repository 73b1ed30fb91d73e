import { useTranslation } from 'react-i18next';
import { STAGE_ORDER, type EndpointDetails, type TlsStage } from '../../shared/endpoints/endpoint-details.ts';
import type { CheckResult } from '../../shared/results/result-document.ts';
import { EvidenceDetails } from '../components/EvidenceDetails.tsx';

/**
 * An endpoint result opened up: each stage's outcome and message, the certificate chain with its
 * fingerprints and the TLS-inspection verdict, the answer's headers, then the raw evidence.
 */
export function EndpointStages({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  const details = result.details as Partial<EndpointDetails>;
  const flags = result.target.endpoint?.flags ?? [];
  return (
    <div className="endpoint-stages">
      {flags.length > 0 && <p className="muted">{t('ui.endpoints.flags', { flags: flags.map((flag) => t(`endpoints.flag.${flag}`)).join(', ') })}</p>}
      <ol className="stage-list">
        {STAGE_ORDER.map((name) => {
          const stage = details[name];
          if (!stage) return null;
          return (
            <li key={name} className={`stage-line stage-${stage.outcome}`}>
              <strong>{t(`endpoint.stageName.${name}`)}</strong> <span className="muted">({t(`ui.endpoints.stageOutcome.${stage.outcome}`)}{stage.durationMs !== undefined ? `, ${stage.durationMs} ms` : ''})</span>: {t(stage.message.key, stage.message.params)}
            </li>
          );
        })}
      </ol>
      {details.tls && details.tls.chain.length > 0 && <ChainTable tls={details.tls} />}
      {details.http?.headers && Object.keys(details.http.headers).length > 0 && (
        <>
          <h4>{t('ui.endpoints.headers')}</h4>
          <pre className="details-json">{Object.entries(details.http.headers).map(([name, value]) => `${name}: ${value}`).join('\n')}</pre>
        </>
      )}
      <EvidenceDetails result={result} />
    </div>
  );
}

function ChainTable({ tls }: { tls: TlsStage }) {
  const { t } = useTranslation();
  const verdict = t(`ui.endpoints.inspectionFinding.${tls.inspection.finding}`, { root: tls.inspection.root ?? '?', issuer: tls.inspection.issuer ?? '?' });
  return (
    <>
      <h4>{t('ui.endpoints.chain')}</h4>
      <p className={tls.inspection.suspected ? 'inspection-suspected' : 'muted'}>{t('ui.endpoints.inspection', { verdict })}</p>
      <table className="chain-table">
        <thead>
          <tr>
            {(['subject', 'issuer', 'validTo', 'fingerprint', 'key'] as const).map((column) => (
              <th key={column} scope="col">
                {t(`ui.endpoints.chainColumns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tls.chain.map((cert) => (
            <tr key={cert.fingerprint256}>
              <td>{cert.subject}</td>
              <td>{cert.issuer}</td>
              <td>{cert.validTo.slice(0, 10)}</td>
              <td>
                <code className="fingerprint">{cert.fingerprint256}</code>
              </td>
              <td>{cert.keyType ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
