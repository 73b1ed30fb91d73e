import { useCallback, useRef, useState } from 'react';
import type { LogRow } from '../../shared/logs/log-row.ts';
import { getApi } from '../api/netcheck-api.ts';

/** Rows fetched per request. */
export const ROW_PAGE = 200;

interface Page {
  rows: LogRow[];
  /** How many rows the list had when this page was fetched: a partly filled page is stale once it grows. */
  total: number;
}

/**
 * The rows of an open log, fetched from main a page at a time as the table asks for them. Pages
 * belong to one session and filter (`resetKey`); when more lines are read (`total` grows), only
 * the last, partly filled page counts as missing and is fetched again.
 */
export function useLogRows(sessionId: string | null, filtered: boolean, resetKey: string, total: number): { rowAt(position: number): LogRow | undefined; rowWithIndex(index: number): LogRow | undefined; request(first: number, last: number): void; error: string | null } {
  const key = `${sessionId ?? ''}|${filtered}|${resetKey}`;
  const [cache, setCache] = useState<{ key: string; pages: ReadonlyMap<number, Page> }>({ key, pages: new Map() });
  const [error, setError] = useState<string | null>(null);
  const pending = useRef(new Set<string>());
  const pages = cache.key === key ? cache.pages : undefined;

  const usable = useCallback((page: number): Page | undefined => {
    const found = pages?.get(page);
    return found && (found.rows.length === ROW_PAGE || found.total === total) ? found : undefined;
  }, [pages, total]);

  const request = useCallback(
    (first: number, last: number) => {
      if (!sessionId) return;
      for (let page = Math.floor(first / ROW_PAGE); page <= Math.floor(last / ROW_PAGE); page++) {
        const ticket = `${key}#${page}@${total}`;
        if (usable(page) || pending.current.has(ticket)) continue;
        pending.current.add(ticket);
        const asked = { key, total };
        void getApi()
          .readLogRows({ sessionId, start: page * ROW_PAGE, count: ROW_PAGE, filtered })
          .then((answer) => {
            pending.current.delete(ticket);
            if (!answer.ok) {
              setError(answer.error.message);
              return;
            }
            setCache((known) => ({ key: asked.key, pages: new Map(known.key === asked.key ? known.pages : []).set(page, { rows: answer.value.rows, total: asked.total }) }));
          });
      }
    },
    [sessionId, filtered, key, total, usable],
  );

  // A stale page still shows while its fresh copy is on the way.
  const rowAt = useCallback((position: number) => pages?.get(Math.floor(position / ROW_PAGE))?.rows[position % ROW_PAGE], [pages]);
  // An entry by its index in the whole list, among the rows fetched (the selection, whatever the filter).
  const rowWithIndex = useCallback(
    (index: number) => {
      for (const page of pages?.values() ?? []) {
        const found = page.rows.find((row) => row.index === index);
        if (found) return found;
      }
      return undefined;
    },
    [pages],
  );
  return { rowAt, rowWithIndex, request, error };
}
