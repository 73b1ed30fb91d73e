import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateStep, type StepEvaluation } from '../../shared/walkthroughs/evaluate-step.ts';
import { answerQuestion, currentStep, recordCheck, restartFrom, setNote, setPaused, type WalkthroughRun } from '../../shared/walkthroughs/walkthrough-run.ts';
import { walkthroughText, type Walkthrough, type WalkthroughStep } from '../../shared/walkthroughs/walkthrough-types.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useAppStore } from '../store/store-context.tsx';
import { Transcript } from './Transcript.tsx';
import { useStepInputs, useWalkthroughActions } from './use-walkthrough-actions.ts';

/**
 * One walkthrough being followed: the current step (what to do, what to read to the customer, the
 * checks it runs and what they found, or the question and its answers), the engineer's note, and the
 * transcript. In support-call mode the same step fills the screen in large type with a call timer,
 * the current finding pinned, and keys for every action.
 */
export function WalkthroughPlayer({ walkthrough, run, onClose }: { walkthrough: Walkthrough; run: WalkthroughRun; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const supportMode = useAppStore((s) => s.supportMode);
  const supportModeSet = useAppStore((s) => s.supportModeSet);
  const checkRun = useAppStore((s) => s.run);
  const saveError = useAppStore((s) => s.walkthroughSaveError);
  const inputs = useStepInputs();
  const actions = useWalkthroughActions();
  const [runError, setRunError] = useState<string | null>(null);
  const step = currentStep(walkthrough, run);
  const evaluation = useMemo(() => (step.kind === 'check' ? evaluateStep(step.checks, inputs) : null), [step, inputs]);
  const checking = checkRun?.phase === 'running';
  const word = (id: string, field: Parameters<typeof walkthroughText.step>[2]) => t(walkthroughText.step(walkthrough.id, id, field));
  const now = () => new Date().toISOString();

  const cont = () => {
    if (run.state !== 'active' || !evaluation || evaluation.outcome === 'waiting') return;
    const moved = recordCheck(walkthrough, run, evaluation, now());
    if (moved.ok) void actions.commit(moved.run);
  };
  const answer = (option: string) => {
    const moved = answerQuestion(walkthrough, run, option, now());
    if (moved.ok) void actions.commit(moved.run);
  };
  const runChecks = async () => {
    if (!evaluation || evaluation.outcome !== 'waiting' || checking) return;
    setRunError(await actions.runChecks(evaluation.run));
  };
  const pause = () => void actions.commit(setPaused(run, run.state === 'active', now()));

  useEffect(() => {
    if (!supportMode) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
      if (event.key === 'Escape') supportModeSet(false);
      else if (event.key === 'Enter') cont();
      else if (event.key.toLowerCase() === 'r') void runChecks();
      else if (event.key.toLowerCase() === 'p') pause();
      else if (/^[1-9]$/.test(event.key) && step.kind === 'question' && run.state === 'active') {
        const option = step.options[Number(event.key) - 1];
        if (option) answer(option.id);
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const say = walkthroughText.step(walkthrough.id, step.id, 'say');
  const pinned = pinnedFinding(run);
  return (
    <div className={`walkthrough-player${supportMode ? ' support-mode' : ''}`} data-step={step.id}>
      <div className="walkthrough-bar">
        <h2>{t(walkthroughText.title(walkthrough.id))}</h2>
        {supportMode && <CallTimer since={run.startedAt} />}
        <span className="muted">{t(`ui.walkthroughs.state.${run.state}`)}</span>
        {run.state !== 'finished' && (
          <button type="button" className="secondary" onClick={pause}>
            {run.state === 'paused' ? t('ui.walkthroughs.resumeRun') : t('ui.walkthroughs.pause')}
          </button>
        )}
        <button type="button" className="secondary" aria-pressed={supportMode} onClick={() => supportModeSet(!supportMode)}>
          {supportMode ? t('ui.walkthroughs.leaveSupportMode') : t('ui.walkthroughs.supportMode')}
        </button>
        {!supportMode && (
          <button type="button" className="secondary" onClick={onClose}>
            {t('ui.walkthroughs.close')}
          </button>
        )}
      </div>
      {supportMode && <p className="muted keys">{t('ui.walkthroughs.keys')}</p>}
      {saveError && <p className="banner banner-error" role="alert">{t('ui.walkthroughs.saveFailed', { message: saveError })}</p>}
      {runError && <p className="banner banner-error" role="alert">{t('ui.walkthroughs.runFailed', { message: runError })}</p>}
      {pinned && (
        <p className="banner banner-error pinned" aria-label={t('ui.walkthroughs.pinned')}>
          <strong>{t('ui.walkthroughs.pinned')}:</strong> <code>{pinned.what}</code> {pinned.summary}
        </p>
      )}
      <div className="walkthrough-body">
        <section className="walkthrough-step" aria-labelledby="step-title" aria-live="polite">
          <p className="muted">{t('ui.walkthroughs.stepOf', { number: run.records.length })}</p>
          <h3 id="step-title">{word(step.id, 'title')}</h3>
          {step.kind === 'conclusion' ? (
            <Conclusion walkthrough={walkthrough} step={step} word={word} />
          ) : (
            <>
              <p className="instruction">{word(step.id, 'instruction')}</p>
              {step.kind === 'check' && step.runFrom && <p className="muted">{t('ui.walkthroughs.runFrom', { role: t(`roles.${step.runFrom}`) })}</p>}
              {i18n.exists(say) && (
                <blockquote className="say" aria-label={t('ui.walkthroughs.say')}>
                  <strong>{t('ui.walkthroughs.say')}</strong>
                  <p>{t(say)}</p>
                </blockquote>
              )}
              {run.state === 'paused' && <p className="banner banner-warn">{t('ui.walkthroughs.paused')}</p>}
              {step.kind === 'check' && evaluation && (
                <CheckOutcomePanel evaluation={evaluation} checking={checking} done={checkRun?.done ?? 0} total={checkRun?.total ?? 0} disabled={run.state !== 'active'} onRun={() => void runChecks()} onContinue={cont} />
              )}
              {step.kind === 'question' && (
                <div className="options" role="group" aria-label={word(step.id, 'title')}>
                  {step.options.map((option, index) => (
                    <button key={option.id} type="button" disabled={run.state !== 'active'} onClick={() => answer(option.id)}>
                      <kbd>{index + 1}</kbd> {t(walkthroughText.option(walkthrough.id, step.id, option.id))}
                    </button>
                  ))}
                </div>
              )}
            </>
          )}
          <label className="note">
            {t('ui.walkthroughs.note')}
            <textarea value={run.records.at(-1)?.note ?? ''} onChange={(event) => void actions.commit(setNote(run, event.target.value, now()))} rows={supportMode ? 2 : 3} />
          </label>
        </section>
        {!supportMode && (
          <Transcript
            walkthrough={walkthrough}
            run={run}
            onRestart={(stepId) => {
              const moved = restartFrom(walkthrough, run, stepId, now());
              if (moved.ok) void actions.commit(moved.run);
            }}
          />
        )}
      </div>
    </div>
  );
}

function CheckOutcomePanel({ evaluation, checking, done, total, disabled, onRun, onContinue }: { evaluation: StepEvaluation; checking: boolean; done: number; total: number; disabled: boolean; onRun: () => void; onContinue: () => void }) {
  const { t } = useTranslation();
  const problems = evaluation.evidence.filter((item) => item.status !== 'pass' && item.status !== 'untested');
  return (
    <div className="check-outcome">
      {evaluation.outcome === 'waiting' ? (
        <>
          <p>{evaluation.run.only ? t('ui.walkthroughs.waiting', { count: evaluation.evidence.filter((item) => item.status === 'untested').length }) : t('ui.walkthroughs.waitingEndpoints')}</p>
          {checking ? (
            <p role="status">{t('ui.walkthroughs.running', { done, total })}</p>
          ) : (
            <button type="button" disabled={disabled} onClick={onRun}>
              {t('ui.walkthroughs.runChecks')}
            </button>
          )}
        </>
      ) : (
        <>
          <p className={`outcome outcome-${evaluation.outcome}`} role="status">
            <strong>{t(`ui.walkthroughs.outcome.${evaluation.outcome}`)}</strong>
            {evaluation.outcome === 'none' && <span className="muted"> — {t('ui.walkthroughs.noneHint')}</span>}
          </p>
          <button type="button" disabled={disabled} onClick={onContinue}>
            {t('ui.walkthroughs.continue')}
          </button>
        </>
      )}
      {problems.length > 0 && (
        <ul className="step-evidence">
          {problems.slice(0, 12).map((item) => (
            <li key={`${item.id}|${item.what}`}>
              <StatusBadge status={item.status === 'untested' ? 'untested' : item.status} /> <code>{item.what}</code> {item.summary}
              {item.measuredFrom && <span className="muted"> ({item.measuredFrom})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Conclusion({ walkthrough, step, word }: { walkthrough: Walkthrough; step: Extract<WalkthroughStep, { kind: 'conclusion' }>; word: (id: string, field: 'finding' | 'fix') => string }) {
  const { t } = useTranslation();
  return (
    <div className={`conclusion conclusion-${step.severity}`} data-walkthrough={walkthrough.id}>
      <p>
        <strong>{t('ui.walkthroughs.finding')}:</strong> {word(step.id, 'finding')}
      </p>
      <p>
        <strong>{t('ui.walkthroughs.fix')}:</strong> {word(step.id, 'fix')}
      </p>
      <p className="muted">
        {t('ui.walkthroughs.sources')}: {step.sources.map((source) => `${source.document}${source.section ? ` § ${source.section}` : ''}`).join(' · ')}
      </p>
    </div>
  );
}

/** Minutes and seconds since the call's walkthrough started, ticking. */
function CallTimer({ since }: { since: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <span className="call-timer" role="timer">
      {t('ui.walkthroughs.elapsed', { time })}
    </span>
  );
}

/** The latest failure the walkthrough found, kept in view while the call goes on. */
function pinnedFinding(run: WalkthroughRun) {
  for (const record of [...run.records].reverse()) {
    const failed = record.evidence?.find((item) => item.status === 'fail');
    if (failed) return failed;
  }
  return undefined;
}

