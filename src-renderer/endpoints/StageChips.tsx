import { useTranslation } from 'react-i18next';
import { STAGE_ORDER, type EndpointDetails } from '../../shared/endpoints/endpoint-details.ts';

/**
 * One chip per stage that ran (DNS, TCP, proxy, TLS, HTTP, NTP), coloured by its outcome, so the
 * stage that broke the path stands out in a list of hundreds of endpoints.
 */
export function StageChips({ details }: { details: Partial<EndpointDetails> | undefined }) {
  const { t } = useTranslation();
  if (!details?.dns) return null;
  return (
    <span className="stage-chips">
      {STAGE_ORDER.map((name) => {
        const stage = details[name];
        if (!stage) return null;
        const label = `${t(`endpoint.stageName.${name}`)}: ${t(`ui.endpoints.stageOutcome.${stage.outcome}`)}`;
        return (
          <span key={name} className={`stage-chip stage-${stage.outcome}`} title={t(stage.message.key, stage.message.params)} aria-label={label} data-stage={name} data-outcome={stage.outcome}>
            {t(`endpoint.stageName.${name}`)}
          </span>
        );
      })}
    </span>
  );
}
