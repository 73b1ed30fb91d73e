import { useTranslation } from 'react-i18next';
import type { WalkthroughRun } from '../../shared/walkthroughs/walkthrough-run.ts';
import { walkthroughText, type Walkthrough } from '../../shared/walkthroughs/walkthrough-types.ts';

/**
 * The steps visited so far, each with its time, what it found or the answer given, and the note; any
 * step already left can be followed again from there (after the customer changed something).
 */
export function Transcript({ walkthrough, run, onRestart }: { walkthrough: Walkthrough; run: WalkthroughRun; onRestart: (stepId: string) => void }) {
  const { t } = useTranslation();
  return (
    <aside className="walkthrough-transcript" aria-labelledby="transcript-heading">
      <h3 id="transcript-heading">{t('ui.walkthroughs.transcript')}</h3>
      <ol>
        {run.records.map((record, index) => {
          const left = record.leftAt !== undefined;
          return (
            <li key={`${record.step}-${record.enteredAt}-${index}`} className={left ? 'left' : 'current'}>
              <strong>{t(walkthroughText.step(walkthrough.id, record.step, 'title'))}</strong>{' '}
              <span className="muted">{t('format.time', { value: new Date(record.enteredAt) })}</span>
              {record.outcome && <div>{t(`ui.walkthroughs.outcome.${record.outcome}`)}</div>}
              {record.answer && <div>{t(walkthroughText.option(walkthrough.id, record.step, record.answer))}</div>}
              {record.note && <div className="muted">“{record.note}”</div>}
              {left && (
                <button type="button" className="link-button" onClick={() => onRestart(record.step)}>
                  {t('ui.walkthroughs.restartHere')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
