import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateWalkthrough } from '../../shared/walkthroughs/validate-walkthrough.ts';
import { findWalkthrough, WALKTHROUGHS } from '../../shared/walkthroughs/walkthrough-catalogue.ts';
import { startWalkthrough } from '../../shared/walkthroughs/walkthrough-run.ts';
import { walkthroughText } from '../../shared/walkthroughs/walkthrough-types.ts';
import { useAppStore } from '../store/store-context.tsx';
import { useWalkthroughActions } from '../walkthroughs/use-walkthrough-actions.ts';
import { WalkthroughPlayer } from '../walkthroughs/WalkthroughPlayer.tsx';

/**
 * The walkthroughs: pick a symptom to start one, resume one left open (it survives a restart), or
 * follow the one on screen step by step.
 */
export function WalkthroughsView() {
  const { t, i18n } = useTranslation();
  // Checked as they load: a walkthrough with a dangling branch or a missing word is shown with its problems, not started.
  const problems = useMemo(() => new Map(WALKTHROUGHS.map((walkthrough) => [walkthrough.id, validateWalkthrough(walkthrough, (key) => i18n.exists(key))])), [i18n]);
  const hierarchy = useAppStore((s) => s.hierarchy);
  const runs = useAppStore((s) => s.walkthroughRuns);
  const activeRunId = useAppStore((s) => s.activeRunId);
  const opened = useAppStore((s) => s.walkthroughOpened);
  const actions = useWalkthroughActions();
  const active = runs.find((run) => run.id === activeRunId);
  const activeWalkthrough = active ? findWalkthrough(active.walkthrough) : undefined;

  if (active && activeWalkthrough) return <WalkthroughPlayer walkthrough={activeWalkthrough} run={active} onClose={() => opened(null)} />;
  return (
    <section className="view" aria-labelledby="walkthroughs-heading">
      <div className="view-header">
        <h2 id="walkthroughs-heading">{t('ui.walkthroughs.heading')}</h2>
        <p className="muted">{t('ui.walkthroughs.intro')}</p>
      </div>
      {active && !activeWalkthrough && <p className="banner banner-error">{t('ui.walkthroughs.unknownWalkthrough', { id: active.walkthrough })}</p>}
      <ul className="walkthrough-list">
        {WALKTHROUGHS.map((walkthrough) => (
          <li key={walkthrough.id} className="card">
            <h3>{t(walkthroughText.title(walkthrough.id))}</h3>
            <p className="muted">{t(walkthroughText.symptom(walkthrough.id))}</p>
            {(problems.get(walkthrough.id) ?? []).length > 0 ? (
              <ul className="banner banner-error">
                {problems.get(walkthrough.id)?.map((problem) => <li key={problem}>{problem}</li>)}
              </ul>
            ) : (
              <button type="button" onClick={() => void actions.commit(startWalkthrough(walkthrough, crypto.randomUUID(), new Date().toISOString(), hierarchy.name))}>
                {t('ui.walkthroughs.start')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('ui.walkthroughs.saved')}</h3>
      {runs.length === 0 ? (
        <p className="muted">{t('ui.walkthroughs.noSaved')}</p>
      ) : (
        <ul className="saved-walkthroughs">
          {runs.map((run) => (
            <li key={run.id}>
              <strong>{t(walkthroughText.title(run.walkthrough))}</strong> <span className="muted">{run.hierarchy ?? ''} · {t('format.dateTime', { value: new Date(run.updatedAt) })} · {t(`ui.walkthroughs.state.${run.state}`)}</span>{' '}
              <button type="button" className="secondary" onClick={() => opened(run.id)}>
                {t('ui.walkthroughs.resume')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => void actions.remove(run.id)}>
                {t('ui.walkthroughs.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
