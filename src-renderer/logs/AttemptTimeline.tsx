import { useTranslation } from 'react-i18next';
import { MANIFEST_STAGES, PACKAGE_STAGES, STAGE_NAMES } from '../../shared/logs/download-timeline.ts';
import type { AttemptOutcome, DownloadAttempt } from '../../shared/logs/log-types.ts';
import { useAppStore } from '../store/store-context.tsx';
import { showTime } from './log-format.ts';

const OUTCOME_STATUS = { success: 'pass', failed: 'fail', incomplete: 'unknown' } as const;

/**
 * The download attempts, newest first: each sync cycle and package download with the stages it
 * reached (a dot per state message), where it stopped, how long it took, and whether it retries.
 */
export function AttemptTimeline({ attempts, older }: { attempts: readonly DownloadAttempt[]; older: Record<AttemptOutcome, number> }) {
  const { t } = useTranslation();
  const zone = useAppStore((s) => s.logTimeZone);
  const reveal = useAppStore((s) => s.logEntryRevealed);
  if (attempts.length === 0) return <p className="muted">{t('ui.logs.noAttempts')}</p>;
  return (
    <ol className="attempts" reversed>
      {[...attempts].reverse().map((attempt) => {
        const stages: readonly number[] = attempt.kind === 'manifest' ? MANIFEST_STAGES : PACKAGE_STAGES;
        const reachedAt = attempt.lastStage ? stages.indexOf(attempt.lastStage.state) : -1;
        const reached = new Set(attempt.stages.map((stage) => stage.state));
        return (
          <li key={attempt.id} className={`attempt attempt-${attempt.outcome}`}>
            <button type="button" className="attempt-head link-button" onClick={() => reveal(attempt.firstEntry)}>
              <span className={`status-badge status-${OUTCOME_STATUS[attempt.outcome]}`}>{t(`logs.outcome.${attempt.outcome}`)}</span>{' '}
              {attempt.kind === 'manifest' ? t('logs.attemptKind.manifest') : t('logs.attemptKind.package', { package: attempt.package.slice(0, 8) })}
            </button>
            <div className="attempt-stages" aria-label={attempt.lastStage ? t('logs.stageReached', { state: attempt.lastStage.state, name: attempt.lastStage.name }) : t('logs.noStage')}>
              {stages.map((state, i) => (
                <span key={state} title={`${state}: ${STAGE_NAMES[state] ?? ''}`} className={`stage-dot${reached.has(state) || i <= reachedAt ? ' stage-reached' : ''}${attempt.outcome === 'failed' && i === reachedAt + 1 ? ' stage-stopped' : ''}`}>
                  {state}
                </span>
              ))}
            </div>
            <div className="muted attempt-meta">
              {showTime(attempt.start, zone)}
              {attempt.durationMs !== undefined && ` · ${t('ui.logs.duration', { seconds: attempt.durationMs / 1000 })}`}
              {attempt.retry && ` · ${t('logs.retry')}`}
              {attempt.mode === 'offline' && ` · ${t('logs.offline')}`}
            </div>
            {attempt.urls.length > 0 && (
              <ul className="attempt-urls">
                {attempt.urls.map((url) => (
                  <li key={url}>
                    <code>{url.length > 90 ? `${url.slice(0, 87)}…` : url}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
      {older.success + older.failed + older.incomplete > 0 && <li className="muted">{t('logs.olderAttempts', { count: older.success + older.failed + older.incomplete, success: older.success, failed: older.failed }).trim()}</li>}
    </ol>
  );
}
