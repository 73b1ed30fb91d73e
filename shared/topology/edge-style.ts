import type { EdgeStatus } from './topology-model.ts';

/**
 * Link colours by status. Every colour passes 3:1 contrast against the canvas, and every link also
 * carries its status in its label and class, so colour is never the only signal. Shared by the
 * diagram and its SVG export.
 */
export const EDGE_COLORS: Record<EdgeStatus, string> = {
  pass: '#1d7a3e',
  warn: '#b26a00',
  fail: '#c62828',
  unknown: '#5b6470',
  skipped: '#7b5ea7',
  partial: '#557a5e',
  untested: '#98a2b3',
};

/** The statuses in the order the legends list them: what needs attention first. */
export const LEGEND_ORDER: readonly EdgeStatus[] = ['fail', 'warn', 'unknown', 'skipped', 'partial', 'untested', 'pass'];

/** A short glyph for each status, shown in link labels beside the ports. */
export const STATUS_GLYPHS: Record<EdgeStatus, string> = {
  pass: '✓',
  warn: '!',
  fail: '✕',
  unknown: '?',
  skipped: '–',
  partial: '◐',
  untested: '…',
};
