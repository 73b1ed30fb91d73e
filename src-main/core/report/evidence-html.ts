import type { Translate } from '../../../shared/i18n/translator.ts';
import type { Evidence } from '../../../shared/results/result-document.ts';
import { escapeHtml as e } from '../../../shared/util/html-escape.ts';

/**
 * A result's evidence in the report: when, how long, name resolution, both socket ends, what was
 * sent and received, the bytes on the wire, and the probe's details.
 */
export function renderEvidence(evidence: Evidence, details: Record<string, unknown>, t: Translate): string {
  const f = (key: string) => e(t(`report.evidenceFields.${key}`));
  const rows: string[] = [
    `<dt>${f('startedAt')}</dt><dd>${e(evidence.startedAt)}</dd>`,
    `<dt>${f('duration')}</dt><dd>${e(evidence.durationMs)} ms</dd>`,
    `<dt>${f('timeout')}</dt><dd>${e(evidence.timeoutMs)} ms</dd>`,
  ];
  if (evidence.resolution) {
    const r = evidence.resolution;
    const answer = r.error ? `${r.error.code}: ${r.error.message}` : r.addresses.join(', ');
    rows.push(`<dt>${f('resolution')}</dt><dd class="mono">${e(r.name)} via ${e(r.via)} → ${e(answer)} (${e(r.durationMs)} ms)</dd>`);
  }
  if (evidence.local) rows.push(`<dt>${f('from')}</dt><dd class="mono">${e(evidence.local.address)}:${e(evidence.local.port)}</dd>`);
  if (evidence.remote) rows.push(`<dt>${f('to')}</dt><dd class="mono">${e(evidence.remote.address)}:${e(evidence.remote.port)}</dd>`);
  if (evidence.sent) rows.push(`<dt>${f('sent')}</dt><dd class="mono">${e(evidence.sent)}</dd>`);
  if (evidence.received) rows.push(`<dt>${f('received')}</dt><dd class="mono">${e(evidence.received)}</dd>`);
  if (evidence.error) rows.push(`<dt>${f('error')}</dt><dd class="mono">${e(evidence.error.code)}: ${e(evidence.error.message)}</dd>`);
  if (evidence.attempts !== undefined) rows.push(`<dt>${f('attempts')}</dt><dd>${e(evidence.attempts)}</dd>`);
  if (evidence.exchanges?.length) {
    const lines = evidence.exchanges.map(
      (x) => `<li>${e(t('report.evidenceFields.wireLine', {
        atMs: x.atMs,
        direction: t(x.direction === 'sent' ? 'report.evidenceFields.wireSent' : 'report.evidenceFields.wireReceived'),
        bytes: x.bytes,
        peer: x.peer ? ` (${x.peer.address}:${x.peer.port})` : '',
        note: x.note ?? '',
      }))}<br><span class="mono muted hex">${e(x.hex)}</span></li>`,
    );
    rows.push(`<dt>${f('wire')}</dt><dd><ol class="wire">${lines.join('')}</ol></dd>`);
  }
  if (Object.keys(details).length > 0) {
    rows.push(`<dt>${f('details')}</dt><dd><pre class="mono">${e(JSON.stringify(details, null, 2))}</pre></dd>`);
  }
  return `<div class="evidence"><dl class="facts">${rows.join('\n')}</dl></div>`;
}
