import { describeRequiredRoot } from '../../../shared/endpoints/describe-root.ts';
import { ENDPOINT_FEATURES } from '../../../shared/endpoints/endpoint-catalogue.ts';
import { STAGE_ORDER, type EndpointDetails, type TlsStage } from '../../../shared/endpoints/endpoint-details.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { isEndpointResult } from '../../../shared/results/merge-run-documents.ts';
import type { CheckResult, ResultDocument } from '../../../shared/results/result-document.ts';
import { STATUS_SEVERITY_ORDER, countByStatus } from '../../../shared/results/status.ts';
import { renderEvidence } from './evidence-html.ts';
import { summaryOf } from '../../../shared/results/result-text.ts';
import { escapeHtml as e } from '../../../shared/util/html-escape.ts';

/**
 * The report's internet endpoint section: how the checks went out, whether the roots the documents
 * name are trusted on the machine that ran them, then each feature's endpoints, worst first, with
 * every stage's outcome and message, the certificate chain and the TLS-inspection verdict.
 */
export function renderEndpointSection(document: ResultDocument, t: Translate): string {
  const results = document.results.filter(isEndpointResult);
  if (results.length === 0) return '';
  const route = document.settings.endpoints?.route;
  const roots = (document.trustStore ?? []).map((root) => `<li>${e(describeRequiredRoot(root, t))}</li>`).join('');
  const features = ENDPOINT_FEATURES.map((feature) => {
    const own = results.filter((result) => result.target.endpoint?.features[0] === feature.id);
    if (own.length === 0) return '';
    const rank = (result: CheckResult) => STATUS_SEVERITY_ORDER.indexOf(result.status);
    const counts = countByStatus(own.map((result) => result.status));
    const rows = [...own].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).map((result) => renderEndpointRow(result, t)).join('\n');
    return `<h3>${e(t(`endpoints.feature.${feature.id}`))} <span class="muted">${e(t('ui.endpoints.groupCounts', { fail: counts.fail, warn: counts.warn, pass: counts.pass, other: counts.unknown + counts.skipped }))}</span></h3>
<table><thead><tr><th>${e(t('report.status'))}</th><th>${e(t('ui.endpoints.columns.endpoint'))}</th><th>${e(t('ui.endpoints.columns.stages'))}</th><th>${e(t('ui.endpoints.columns.result'))}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  }).join('\n');
  return `<section><h2>${e(t('report.endpoints'))}</h2><dl class="facts">
${route ? `<dt>${e(t('report.route'))}</dt><dd>${e(route)}</dd>` : ''}
${roots ? `<dt>${e(t('ui.endpoints.roots'))}</dt><dd><ul class="links">${roots}</ul></dd>` : ''}
</dl>
${features}</section>`;
}

function renderEndpointRow(result: CheckResult, t: Translate): string {
  const details = result.details as Partial<EndpointDetails>;
  const standsIn = result.target.endpoint?.standsInFor;
  const stages = STAGE_ORDER.flatMap((name) => {
    const stage = details[name];
    return stage ? [`<span class="stage stage-${e(stage.outcome)}">${e(t(`endpoint.stageName.${name}`))}</span>`] : [];
  }).join(' ');
  const stageLines = STAGE_ORDER.flatMap((name) => {
    const stage = details[name];
    return stage ? [`<li><strong>${e(t(`endpoint.stageName.${name}`))}</strong> (${e(t(`ui.endpoints.stageOutcome.${stage.outcome}`))}): ${e(t(stage.message.key, stage.message.params))}</li>`] : [];
  }).join('');
  return `<tr>
<td><span class="status status-${e(result.status)}">${e(t(`status.${result.status}`))}</span></td>
<td><span class="mono">${e(result.target.url ?? result.target.host)}</span>${standsIn ? `<br><span class="muted">${e(t('ui.endpoints.standsIn', { patterns: standsIn.join(', ') }))}</span>` : ''}</td>
<td>${stages}</td>
<td>${e(summaryOf(t, result))}${
    stageLines
      ? `<details><summary>${e(t('ui.endpoints.details'))}</summary><ol>${stageLines}</ol>${details.tls ? renderChain(details.tls, t) : ''}${renderEvidence(result.evidence, {}, t)}</details>`
      : ''
  }</td>
</tr>`;
}

function renderChain(tls: TlsStage, t: Translate): string {
  if (tls.chain.length === 0) return '';
  const verdict = t(`ui.endpoints.inspectionFinding.${tls.inspection.finding}`, { root: tls.inspection.root ?? '?', issuer: tls.inspection.issuer ?? '?' });
  const rows = tls.chain
    .map((cert) => `<tr><td>${e(cert.subject)}</td><td>${e(cert.issuer)}</td><td>${e(cert.validTo.slice(0, 10))}</td><td class="mono hex">${e(cert.fingerprint256)}</td><td>${e(cert.keyType ?? '')}</td></tr>`)
    .join('');
  const c = (key: string) => e(t(`ui.endpoints.chainColumns.${key}`));
  return `<p${tls.inspection.suspected ? ' class="inspected"' : ''}>${e(t('ui.endpoints.inspection', { verdict }))}</p>
<table><thead><tr><th>${c('subject')}</th><th>${c('issuer')}</th><th>${c('validTo')}</th><th>${c('fingerprint')}</th><th>${c('key')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
