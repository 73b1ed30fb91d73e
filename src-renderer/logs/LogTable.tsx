import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogRow } from '../../shared/logs/log-row.ts';
import { highlightParts, rowTime, showTime, timeTitle } from './log-format.ts';

/** Pixels per row: one line, as CMTrace shows them. */
export const ROW_HEIGHT = 22;
/** The tallest scroll area browsers handle well; longer lists scroll proportionally. */
const MAX_SCROLL_PX = 8_000_000;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 10;

export interface LogTableProps {
  total: number;
  rowAt(position: number): LogRow | undefined;
  request(first: number, last: number): void;
  /** The selected entry (its index in the whole list). */
  selected: number | null;
  onSelect(row: LogRow): void;
  highlight: string;
  zone: 'local' | 'utc';
  fileNames: readonly string[];
  /** A position to bring into view when it changes. */
  reveal: { position: number; nonce: number } | null;
}

/**
 * A CMTrace-like table of millions of rows: only the visible rows exist in the page. Errors are
 * red and warnings yellow, as CMTrace colours them; the arrow keys move the selection.
 */
export function LogTable({ total, rowAt, request, selected, onSelect, highlight, zone, fileNames, reveal }: LogTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || 480);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const fullHeight = total * ROW_HEIGHT;
  const scrollHeight = Math.min(fullHeight, MAX_SCROLL_PX);
  const visibleCount = Math.ceil(height / ROW_HEIGHT);
  // Past the cap, the scroll bar's position maps proportionally onto the rows.
  const scaled = fullHeight > MAX_SCROLL_PX;
  const firstVisible = scaled ? Math.floor((scrollTop / Math.max(1, scrollHeight - height)) * Math.max(0, total - visibleCount)) : Math.floor(scrollTop / ROW_HEIGHT);
  const first = Math.max(0, firstVisible - OVERSCAN);
  const last = Math.min(total - 1, firstVisible + visibleCount + OVERSCAN);

  useEffect(() => {
    if (total > 0) request(first, last);
  }, [first, last, total, request]);

  const scrollToPosition = (position: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = scaled ? (position / Math.max(1, total - visibleCount)) * (scrollHeight - height) : position * ROW_HEIGHT;
    if (scaled || top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + height) element.scrollTop = Math.max(0, top - (scaled ? 0 : height / 3));
    setScrollTop(element.scrollTop);
  };

  useEffect(() => {
    if (reveal) scrollToPosition(reveal.position);
    // Only a new reveal request scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.nonce]);

  const selectedPosition = (() => {
    for (let position = first; position <= last; position++) if (rowAt(position)?.index === selected) return position;
    return -1;
  })();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const from = selectedPosition >= 0 ? selectedPosition : firstVisible;
    const to = Math.min(total - 1, Math.max(0, from + (event.key === 'ArrowDown' ? 1 : -1)));
    const row = rowAt(to);
    if (row) onSelect(row);
    scrollToPosition(to);
  };

  const rows = [];
  for (let position = first; position <= last && total > 0; position++) {
    const row = rowAt(position);
    const top = scaled ? scrollTop + (position - firstVisible) * ROW_HEIGHT : position * ROW_HEIGHT;
    const time = row ? rowTime(row) : undefined;
    rows.push(
      <div
        key={position}
        role="row"
        aria-rowindex={position + 2}
        aria-selected={row !== undefined && row.index === selected}
        className={`log-row log-${row?.severity ?? 'loading'}${row && row.index === selected ? ' log-selected' : ''}`}
        style={{ top, height: ROW_HEIGHT }}
        onClick={() => row && onSelect(row)}
      >
        {row ? (
          <>
            <span role="gridcell" className="log-cell log-line" title={fileNames[row.file]}>
              {fileNames.length > 1 ? `${row.file + 1}:` : ''}
              {row.line}
            </span>
            <span role="gridcell" className="log-cell log-time" title={timeTitle(time)}>
              {showTime(time, zone)}
            </span>
            <span role="gridcell" className="log-cell log-component">
              {row.component ?? ''}
            </span>
            <span role="gridcell" className="log-cell log-thread">
              {row.thread ?? ''}
            </span>
            <span role="gridcell" className="log-cell log-message" title={row.message.length > 200 ? undefined : row.message}>
              {row.rollover && <span className="pill pill-rollover">{t('ui.logs.rollover')}</span>}
              {highlightParts(row.message.split('\n', 1)[0] ?? '', highlight).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </span>
          </>
        ) : (
          <span role="gridcell" className="log-cell muted">
            …
          </span>
        )}
      </div>,
    );
  }

  return (
    <div className="log-table" role="grid" aria-rowcount={total + 1} aria-label={t('ui.logs.heading')}>
      <div role="row" aria-rowindex={1} className="log-row log-header">
        <span role="columnheader" className="log-cell log-line">
          {t('ui.logs.columns.line')}
        </span>
        <span role="columnheader" className="log-cell log-time">
          {t('ui.logs.columns.time')} ({zone === 'utc' ? t('ui.logs.timeUtc') : t('ui.logs.timeLocal')})
        </span>
        <span role="columnheader" className="log-cell log-component">
          {t('ui.logs.columns.component')}
        </span>
        <span role="columnheader" className="log-cell log-thread">
          {t('ui.logs.columns.thread')}
        </span>
        <span role="columnheader" className="log-cell log-message">
          {t('ui.logs.columns.message')}
        </span>
      </div>
      {/* The scroller is the rows' group and its spacer is layout only, so the grid owns its rows (ARIA). */}
      <div ref={scroller} role="rowgroup" className="log-scroller" tabIndex={0} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
        <div role="presentation" style={{ height: scrollHeight, position: 'relative' }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
