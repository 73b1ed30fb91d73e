import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult, OpenLogResult } from '../../shared/ipc/contract.ts';
import { LOG_EXTENSIONS } from '../../shared/ipc/log-validation.ts';
import type { LogRow } from '../../shared/logs/log-row.ts';
import { getApi } from '../api/netcheck-api.ts';
import { AttemptTimeline } from '../logs/AttemptTimeline.tsx';
import { ErrorLookup } from '../logs/ErrorLookup.tsx';
import { FindingCard } from '../logs/FindingCard.tsx';
import { formatBytes, rowTime, showTime, timeTitle } from '../logs/log-format.ts';
import { LogTable } from '../logs/LogTable.tsx';
import { useLogRows } from '../logs/use-log-rows.ts';
import { ALL_SEVERITIES } from '../store/log-slice.ts';
import { useAppStore } from '../store/store-context.tsx';

declare global {
  interface Window {
    /** The desktop preload's helper for dropped files' paths (absent in browser mode). */
    droppedFiles?: { pathOf(file: File): string };
  }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

async function base64Of(file: File): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}

/**
 * Dmpdownloader.log, Dmpuploader.log or any ConfigMgr log, as CMTrace would show it, with what
 * this tool reads in it beside: the download attempts and where each stopped, and the findings with
 * their explanation, fix, source and a live test of the endpoint.
 */
export function LogsView() {
  const { t, i18n } = useTranslation();
  const session = useAppStore((s) => s.logSession);
  const error = useAppStore((s) => s.logError);
  const filter = useAppStore((s) => s.logFilter);
  const filtered = useAppStore((s) => s.logFiltered);
  const filtering = useAppStore((s) => s.logFiltering);
  const highlight = useAppStore((s) => s.logHighlight);
  const zone = useAppStore((s) => s.logTimeZone);
  const selected = useAppStore((s) => s.logSelected);
  const reveal = useAppStore((s) => s.logReveal);
  const shell = useAppStore((s) => s.appInfo?.shell);
  const logOpened = useAppStore((s) => s.logOpened);
  const logFailed = useAppStore((s) => s.logFailed);
  const logClosed = useAppStore((s) => s.logClosed);
  const logUpdated = useAppStore((s) => s.logUpdated);
  const filterEdited = useAppStore((s) => s.logFilterEdited);
  const filterStarted = useAppStore((s) => s.logFilterStarted);
  const filterApplied = useAppStore((s) => s.logFilterApplied);
  const highlightChanged = useAppStore((s) => s.logHighlightChanged);
  const zoneChanged = useAppStore((s) => s.logTimeZoneChanged);
  const entrySelected = useAppStore((s) => s.logEntrySelected);
  const [clickedRow, setSelectedRow] = useState<LogRow | null>(null);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const sessionId = session?.sessionId ?? null;
  const total = filtered ? filtered.matches : (session?.entries ?? 0);
  const resetKey = filtered ? `${JSON.stringify(filtered.filter)}:${filtered.matches}` : 'all';
  const { rowAt, rowWithIndex, request, error: rowsError } = useLogRows(sessionId, filtered !== null, resetKey, total);
  const fileNames = session?.files.map((file) => file.path.split(/[\\/]/).pop() ?? file.path) ?? [];

  const opened = (answer: IpcResult<OpenLogResult>) => {
    if (!answer.ok) logFailed(answer.error.message);
    else if (answer.value.status === 'opened') {
      if (session) void getApi().closeLogSession({ sessionId: session.sessionId });
      setSelectedRow(null);
      logOpened(answer.value.session);
    }
    return answer.ok ? answer.value.status : 'failed';
  };

  const openFiles = async () => {
    const status = opened(await getApi().openLogFiles(null));
    // The browser bridge has no native dialog: the page's own picker reads the files instead.
    if (status === 'cancelled' && shell === 'browser-bridge') picker.current?.click();
  };

  const openDropped = async (files: readonly File[]) => {
    const logs = files.filter((file) => LOG_EXTENSIONS.test(file.name));
    if (logs.length === 0) {
      logFailed(t('ui.logs.dropRefused'));
      return;
    }
    const pathOf = window.droppedFiles?.pathOf;
    const paths = pathOf ? logs.map((file) => pathOf(file)).filter((file) => file !== '') : [];
    if (paths.length === logs.length) opened(await getApi().openLogPaths({ paths }));
    else opened(await getApi().openLogBytes({ files: await Promise.all(logs.map(async (file) => ({ name: file.name, base64: await base64Of(file) }))) }));
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void openDropped([...event.dataTransfer.files]);
  };

  // The filter runs in main (over the whole file for words): wait for typing to pause.
  useEffect(() => {
    if (!sessionId || session?.state !== 'ready') return;
    const all = filter.text.trim() === '' && filter.severities.length === ALL_SEVERITIES.length;
    if (all) {
      if (filtered) filterApplied(null);
      return;
    }
    if (filtered && JSON.stringify(filtered.filter) === JSON.stringify(filter)) return;
    const wanted = { ...filter };
    const timer = setTimeout(() => {
      filterStarted();
      void getApi()
        .filterLog({ sessionId, filter: { text: wanted.text, severities: wanted.severities } })
        .then((answer) => {
          if (answer.ok) filterApplied({ ...answer.value, filter: wanted });
          else logFailed(answer.error.message);
        });
    }, 300);
    return () => clearTimeout(timer);
    // Re-filter when the filter or the session's content changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, session?.state, filter.text, filter.severities.join()]);

  // The selected entry: the row clicked, or (a line shown from a finding) the row once it is fetched.
  const selectedRow = selected === null ? null : clickedRow?.index === selected ? clickedRow : (rowWithIndex(selected) ?? null);

  const select = (row: LogRow) => {
    setSelectedRow(row);
    entrySelected(row.index);
  };

  const analysis = session?.analysis;
  // Errors first, the most recent first within a severity; the key is the finding's place in the analysis (stable as repeats are counted).
  const findings = analysis ? analysis.findings.map((finding, id) => ({ finding, id })).sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || b.finding.entry - a.finding.entry) : [];
  const selectedTime = selectedRow ? rowTime(selectedRow) : undefined;

  return (
    <section
      className={`view view-logs${dragging ? ' dragging' : ''}`}
      aria-labelledby="logs-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="view-header">
        <h2 id="logs-heading">{t('ui.logs.heading')}</h2>
        <p className="muted">{t('ui.logs.intro')}</p>
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => void openFiles()}>
          {t('ui.logs.open')}
        </button>
        <button type="button" className="secondary" onClick={() => void getApi().openSampleLogs(null).then(opened)}>
          {t('ui.logs.openSample')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          accept=".log,.lo_,.txt"
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void openDropped(files);
          }}
        />
        {session && (
          <>
            <label>
              <input
                type="checkbox"
                checked={session.following}
                disabled={!session.canFollow}
                onChange={(event) =>
                  void getApi()
                    .followLog({ sessionId: session.sessionId, follow: event.target.checked })
                    .then((answer) => answer.ok && logUpdated({ ...session, following: answer.value.following }))
                }
              />{' '}
              {t('ui.logs.follow')}
            </label>
            <label>
              {t('ui.logs.time')}{' '}
              <select value={zone} onChange={(event) => zoneChanged(event.target.value === 'utc' ? 'utc' : 'local')}>
                <option value="local">{t('ui.logs.timeLocal')}</option>
                <option value="utc">{t('ui.logs.timeUtc')}</option>
              </select>
            </label>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                void getApi().closeLogSession({ sessionId: session.sessionId });
                setSelectedRow(null);
                logClosed();
              }}
            >
              {t('ui.logs.close')}
            </button>
          </>
        )}
        <span className="muted drop-hint">{t('ui.logs.dropHere')}</span>
      </div>
      {(error ?? rowsError) && (
        <div className="banner banner-error" role="alert">
          {error ?? rowsError}
        </div>
      )}
      {!session && <p className="muted">{t('ui.logs.empty')}</p>}
      {session && (
        <>
          <ul className="log-files">
            {session.files.map((file) => (
              <li key={file.path}>{t('ui.logs.fileSummary', { ...file, path: file.path.split(/[\\/]/).pop() })}</li>
            ))}
          </ul>
          {session.state === 'reading' && (
            <p aria-live="polite">
              <progress max={session.bytesTotal || 1} value={session.bytesRead} /> {t('ui.logs.reading', { read: formatBytes(session.bytesRead, i18n.language), total: formatBytes(session.bytesTotal, i18n.language) })}
            </p>
          )}
          {session.state === 'failed' && (
            <div className="banner banner-error" role="alert">
              {t('ui.logs.failed', { message: session.error ?? '' })}
            </div>
          )}
          <div className="toolbar log-filters">
            <label>
              {t('ui.logs.filter')}{' '}
              <input value={filter.text} placeholder={t('ui.logs.filterPlaceholder')} onChange={(event) => filterEdited({ text: event.target.value })} size={28} />
            </label>
            {ALL_SEVERITIES.map((severity) => (
              <label key={severity} className={`severity-toggle severity-${severity}`}>
                <input
                  type="checkbox"
                  checked={filter.severities.includes(severity)}
                  onChange={(event) => filterEdited({ severities: event.target.checked ? ALL_SEVERITIES.filter((s) => s === severity || filter.severities.includes(s)) : filter.severities.filter((s) => s !== severity) })}
                />{' '}
                {t(`ui.logs.severityFilter.${severity}`)}
              </label>
            ))}
            <label>
              {t('ui.logs.highlight')} <input value={highlight} placeholder={t('ui.logs.highlightPlaceholder')} onChange={(event) => highlightChanged(event.target.value)} size={18} />
            </label>
            <span className="muted" aria-live="polite">
              {filtering ? t('ui.logs.filtering') : filtered ? `${t('ui.logs.matches', { matches: filtered.matches, total: session.entries })}${filtered.capped ? ` ${t('ui.logs.capped', { matches: filtered.matches })}` : ''}` : t('ui.logs.matches', { matches: session.entries, total: session.entries })}
            </span>
          </div>
          <div className="logs-body">
            <div className="logs-main">
              <LogTable total={total} rowAt={rowAt} request={request} selected={selected} onSelect={select} highlight={highlight} zone={zone} fileNames={fileNames} reveal={reveal && !filtered ? { position: reveal.index, nonce: reveal.nonce } : null} />
              <section className="card log-detail" aria-label={t('ui.logs.detail')}>
                {selectedRow ? (
                  <>
                    <p className="muted">
                      {fileNames[selectedRow.file]} · {t('ui.logs.columns.line')} {selectedRow.line} · <span title={timeTitle(selectedTime)}>{showTime(selectedTime, zone)}</span> · {selectedRow.component ?? ''} · {selectedRow.thread ?? ''}
                      {selectedRow.incomplete && ` · ${t('ui.logs.incomplete')}`}
                    </p>
                    <pre className="log-detail-message">{selectedRow.message}</pre>
                    {selectedRow.truncatedChars !== undefined && <p className="muted">{t('ui.logs.truncated', { count: selectedRow.truncatedChars })}</p>}
                  </>
                ) : (
                  <p className="muted">{t('ui.logs.detail')}</p>
                )}
              </section>
            </div>
            <aside className="logs-side">
              <section aria-labelledby="findings-heading">
                <h3 id="findings-heading">
                  {t('ui.logs.findings')} ({findings.length})
                </h3>
                {findings.length === 0 ? <p className="muted">{t('ui.logs.noFindings')}</p> : findings.map(({ finding, id }) => <FindingCard key={id} finding={finding} files={session.files} />)}
              </section>
              <section aria-labelledby="timeline-heading">
                <h3 id="timeline-heading">{t('ui.logs.timeline')}</h3>
                {analysis && <AttemptTimeline attempts={analysis.attempts} older={analysis.droppedAttempts} />}
              </section>
            </aside>
          </div>
        </>
      )}
      <ErrorLookup />
    </section>
  );
}
