import type { Translate } from '../../../shared/i18n/translator.ts';
import type { PlannedLink } from '../../../shared/plan/link.ts';
import { fixForResult } from '../../../shared/results/fix-for-result.ts';
import { vantageName } from '../../../shared/results/merge-vantages.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import { escapeHtml as e } from '../../../shared/util/html-escape.ts';
import { findWalkthrough } from '../../../shared/walkthroughs/walkthrough-catalogue.ts';
import type { WalkthroughRun } from '../../../shared/walkthroughs/walkthrough-run.ts';
import { summaryOf } from '../../../shared/results/result-text.ts';
import { describeFinding } from '../../../shared/logs/finding-text.ts';
import { portText } from '../../../shared/plan/link.ts';
import { walkthroughText } from '../../../shared/walkthroughs/walkthrough-types.ts';

/**
 * The sections of the offline report a second engineer reads first: what failed and why (with the
 * fix), the topology as drawn, the walkthroughs followed with their transcripts, and what the log
 * said. Each takes the document and the translate function and returns escaped HTML.
 */

/** Every failing check with its summary and what to do, grouped by the fix it needs. */
export function renderFailures(document: ResultDocument, t: Translate): string {
  const failing = document.results.filter((result) => result.status === 'fail');
  if (failing.length === 0) return `<section><h2>${e(t('report.failures'))}</h2><p>${e(t('report.noFailures'))}</p></section>`;
  const links = new Map(document.links.map((link) => [link.id, link]));
  const items = failing.map((result) => {
    const link = result.links.map((id) => links.get(id)).find((candidate): candidate is PlannedLink => candidate !== undefined);
    const fixes = fixForResult(result, link).map((fix) => `<li>${e(t(fix.key, fix.params))}</li>`).join('');
    const route = link ? `${link.source} → ${link.destination}` : result.target.url ?? result.target.host;
    return `<li><strong class="mono">${e(route)}</strong> ${e(result.target.transport.toUpperCase())} ${e(portText(t, result.target.portLabel))}${
      result.measuredFrom ? ` <span class="muted">(${e(t('report.vantage'))} ${e(result.measuredFrom)})</span>` : ''
    }<br>${e(summaryOf(t, result))}${fixes ? `<div class="fix"><strong>${e(t('report.whatToDo'))}</strong><ul>${fixes}</ul></div>` : ''}</li>`;
  });
  return `<section><h2>${e(t('report.failures'))}</h2><ol class="failures">${items.join('\n')}</ol></section>`;
}

/** The topology drawn as the app draws it (an inline SVG, nothing fetched). */
export function renderTopology(svg: string | undefined, t: Translate): string {
  if (!svg) return '';
  return `<section class="topology"><h2>${e(t('report.topology'))}</h2><p class="muted">${e(t('report.topologyNote'))}</p><div class="diagram">${svg}</div></section>`;
}

/** The machines the checks ran on, when results of several were merged. */
export function renderVantages(document: ResultDocument, t: Translate): string {
  if (!document.vantages || document.vantages.length < 2) return '';
  const items = document.vantages.map((vantage) => `<li class="mono">${e(vantageName(vantage))} — ${e(vantage.hostname)} (${e(vantage.addresses.join(', ') || '—')}, ${e(vantage.platform)})</li>`).join('');
  return `<section><h2>${e(t('report.vantagesList', { count: document.vantages.length }))}</h2><ul>${items}</ul></section>`;
}

/** Each walkthrough followed: every step with its time, what it found or the answer, the notes, and the conclusion. */
export function renderWalkthroughs(runs: readonly WalkthroughRun[] | undefined, t: Translate): string {
  if (!runs || runs.length === 0) return '';
  const sections = runs.map((run) => {
    const walkthrough = findWalkthrough(run.walkthrough);
    const word = (step: string, field: Parameters<typeof walkthroughText.step>[2]) => t(walkthroughText.step(run.walkthrough, step, field));
    const steps = run.records.map((record) => {
      const kind = walkthrough?.steps.find((step) => step.id === record.step)?.kind;
      const found = record.outcome ? e(t(`report.walkthroughOutcome.${record.outcome}`)) : record.answer ? `${e(t('report.walkthroughAnswer'))}: ${e(t(walkthroughText.option(run.walkthrough, record.step, record.answer)))}` : '';
      const evidence = (record.evidence ?? [])
        .filter((item) => item.status !== 'pass')
        .slice(0, 20)
        .map((item) => `<li><span class="status status-${e(item.status === 'untested' ? 'skipped' : item.status)}">${e(t(`status.${item.status}`))}</span> <span class="mono">${e(item.what)}</span> ${e(item.summary)}${item.measuredFrom ? ` <span class="muted">(${e(item.measuredFrom)})</span>` : ''}</li>`)
        .join('');
      if (kind === 'conclusion') {
        return `<li class="conclusion"><strong>${e(t('report.walkthroughConclusion'))}: ${e(word(record.step, 'title'))}</strong> <span class="muted">${e(record.enteredAt)}</span><p>${e(word(record.step, 'finding'))}</p><p><strong>${e(t('report.whatToDo'))}:</strong> ${e(word(record.step, 'fix'))}</p>${
          record.note ? `<p><em>${e(t('report.walkthroughNote'))}:</em> ${e(record.note)}</p>` : ''
        }</li>`;
      }
      return `<li><strong>${e(word(record.step, 'title'))}</strong> <span class="muted">${e(record.enteredAt)}${record.leftAt ? ` → ${e(record.leftAt)}` : ''}</span>${found ? ` — ${found}` : ''}${
        evidence ? `<ul>${evidence}</ul>` : ''
      }${record.note ? `<p><em>${e(t('report.walkthroughNote'))}:</em> ${e(record.note)}</p>` : ''}</li>`;
    });
    return `<h3>${e(t(walkthroughText.title(run.walkthrough)))} <span class="muted">(${e(t(`report.walkthroughState.${run.state}`))}, ${e(run.startedAt)})</span></h3><ol class="transcript">${steps.join('\n')}</ol>`;
  });
  return `<section><h2>${e(t('report.walkthroughs'))}</h2>${sections.join('\n')}</section>`;
}

/** What the open log said: the files, each download attempt and where it stopped, and the findings with their fix. */
export function renderLogs(document: ResultDocument, t: Translate): string {
  const logs = document.logs;
  if (!logs) return '';
  const files = logs.files.map((file) => `<li class="mono">${e(file.path)} — ${e(file.format)}, ${e(file.entries)}</li>`).join('');
  const attempts = logs.attempts
    .slice(-20)
    .map((attempt) => `<li>${e(attempt.start ?? '?')} ${e(t('report.logAttempt', { package: attempt.package, outcome: t(`report.logOutcome.${attempt.outcome}`), stage: attempt.lastStage ? `${attempt.lastStage.state} ${attempt.lastStage.name}` : '—' }))}</li>`)
    .join('');
  const findings = logs.findings
    .slice(0, 50)
    .map((finding) => ({ finding, text: describeFinding(t, finding) }))
    .map(({ finding, text }) => `<li><span class="status status-${finding.severity === 'error' ? 'fail' : 'warn'}">${e(t(`logs.category.${finding.category}`))}</span> ${e(text.explanation)} <span class="muted">${e(t('report.logOccurrences', { count: finding.occurrences }))}${finding.host ? ` · ${e(finding.host)}` : ''}${finding.code ? ` · ${e(finding.code)}` : ''}</span><br><span class="mono">${e(finding.message)}</span><br><strong>${e(t('report.whatToDo'))}:</strong> ${e(text.fix)}</li>`)
    .join('');
  return `<section><h2>${e(t('report.logs'))}</h2><h3>${e(t('report.logFiles'))}</h3><ul>${files}</ul>${attempts ? `<h3>${e(t('report.logAttempts'))}</h3><ol>${attempts}</ol>` : ''}<ul class="findings">${findings}</ul></section>`;
}
