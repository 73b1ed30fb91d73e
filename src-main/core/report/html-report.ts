import type { Translate } from '../../../shared/i18n/translator.ts';
import type { Hierarchy, Role } from '../../../shared/hierarchy/model.ts';
import { portText, type PlannedLink } from '../../../shared/plan/link.ts';
import { isEndpointResult } from '../../../shared/results/merge-run-documents.ts';
import type { CheckResult, ResultDocument } from '../../../shared/results/result-document.ts';
import { STATUS_SEVERITY_ORDER, countByStatus } from '../../../shared/results/status.ts';
import { describeRole } from '../../../shared/hierarchy/describe-role.ts';
import { renderEndpointSection } from './endpoint-section.ts';
import { renderEvidence } from './evidence-html.ts';
import { escapeHtml as e } from '../../../shared/util/html-escape.ts';
import { REPORT_CSS } from './report-style.ts';
import { serviceLabel } from '../../../shared/catalogue/service-labels.ts';
import { summaryOf } from '../../../shared/results/result-text.ts';
import { renderFailures, renderLogs, renderTopology, renderVantages, renderWalkthroughs } from './report-sections.ts';

/**
 * Renders a result document as one self-contained HTML file.
 *
 * No script, no external reference of any kind (the CSP meta forbids loading anything), so the file
 * opens from a USB stick on an offline machine in any browser and prints cleanly. Failures come
 * first; every result keeps its full evidence in a `<details>` block that prints expanded. The
 * topology comes in as an SVG already drawn (`reportTopologySvg`, which needs the layout engine).
 */
export function renderHtmlReport(document: ResultDocument, t: Translate, options: { topologySvg?: string } = {}): string {
  const title = reportTitle(document, t);
  return `<!DOCTYPE html>
<html lang="${e(t('meta.lang'))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${e(document.tool)} ${e(document.version)}">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p>${e(t('report.generated', { tool: 'ConfigMgr Netcheck', version: document.version }))} · ${when(t, document.startedAt)}</p>
</header>
<main>
${document.cancelled ? `<p class="warning-banner" role="alert">${e(t('report.cancelled'))}</p>` : ''}
${document.redacted ? `<p class="warning-banner">${e(t('report.redacted'))}</p>` : ''}
${renderRun(document, t)}
${renderVantages(document, t)}
${renderSummary(document, t)}
${renderFailures(document, t)}
${renderTopology(options.topologySvg, t)}
${renderWalkthroughs(document.walkthroughs, t)}
${renderLogs(document, t)}
${renderResults(document, t)}
${renderEndpointSection(document, t)}
${document.hierarchy ? renderHierarchy(document.hierarchy, t) : ''}
</main>
</body>
</html>
`;
}

function renderRun(document: ResultDocument, t: Translate): string {
  const { vantage, settings } = document;
  return `<section><h2>${e(t('report.run'))}</h2><dl class="facts">
<dt>${e(t('report.startedAt'))}</dt><dd>${when(t, document.startedAt)}</dd>
<dt>${e(t('report.finishedAt'))}</dt><dd>${when(t, document.finishedAt)}</dd>
<dt>${e(t('report.vantage'))}</dt><dd>${e(vantage.hostname)} <span class="muted">(${e(vantage.platform)})</span></dd>
<dt>${e(t('report.addresses'))}</dt><dd class="mono">${e(vantage.addresses.join(', ') || '—')}</dd>
${vantage.claimedSystem ? `<dt>${e(t('report.claimedSystem'))}</dt><dd>${e(vantage.claimedSystem)}</dd>` : ''}
<dt>${e(t('report.settings'))}</dt><dd>${e(t('report.settingsLine', { timeout: settings.timeoutMs, concurrency: settings.concurrency, perHost: settings.perHostConcurrency }))}${
    settings.endpoints ? `<br>${e(t('report.endpointSettingsLine', { timeout: settings.endpoints.timeoutMs, cloud: settings.endpoints.cloud, route: settings.endpoints.route }))}` : ''
  }</dd>
</dl></section>`;
}

function renderSummary(document: ResultDocument, t: Translate): string {
  const counts = countByStatus(document.results.map((result) => result.status));
  const boxes = STATUS_SEVERITY_ORDER.map(
    (status) => `<div class="count status-${status}"><strong>${counts[status]}</strong>${e(t(`status.${status}`))}</div>`,
  ).join('');
  return `<section><h2>${e(t('report.summary'))}</h2><div class="counts">${boxes}</div></section>`;
}

/** The site-system checks; internet endpoints have their own section. */
function renderResults(document: ResultDocument, t: Translate): string {
  const siteResults = document.results.filter((result) => !isEndpointResult(result));
  if (document.results.length === 0) return `<section><h2>${e(t('report.results'))}</h2><p>${e(t('report.noResults'))}</p></section>`;
  if (siteResults.length === 0) return '';
  const linksById = new Map(document.links.map((link) => [link.id, link]));
  const rank = (result: CheckResult) => STATUS_SEVERITY_ORDER.indexOf(result.status);
  const ordered = [...siteResults].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const rows = ordered.map((result) => renderResultRow(result, linksById, t)).join('\n');
  return `<section><h2>${e(t('report.results'))}</h2>
<table><thead><tr><th>${e(t('report.status'))}</th><th>${e(t('report.target'))}</th><th>${e(t('report.check'))}</th><th>${e(t('report.duration'))}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

function renderResultRow(result: CheckResult, linksById: Map<string, PlannedLink>, t: Translate): string {
  const target = `${result.target.host}${result.target.address ? ` [${result.target.address}]` : ''}`;
  const links = result.links.map((id) => linksById.get(id)).filter((link): link is PlannedLink => link !== undefined);
  return `<tr>
<td><span class="status status-${e(result.status)}">${e(t(`status.${result.status}`))}</span><br><span class="muted">${e(t(`verdict.${result.verdict}`))}</span></td>
<td><span class="mono">${e(target)}</span><br>${e(result.target.transport.toUpperCase())} ${e(portText(t, result.target.portLabel))}</td>
<td>${e(summaryOf(t, result))}
<details><summary>${e(t('report.evidence'))} · ${e(t('report.neededBy'))} ${links.length}</summary>
${renderEvidence(result.evidence, result.details, t)}
<h3>${e(t('report.neededBy'))}</h3><ul class="links">${links.map((link) => renderLink(link, t)).join('')}</ul>
</details></td>
<td>${e(result.durationMs)} ms</td>
</tr>`;
}

function renderLink(link: PlannedLink, t: Translate): string {
  const reason = `${t('format.linkReason', { from: t(`roles.${link.sourceRole}`), to: t(`roles.${link.destinationRole}`), service: serviceLabel(t, link.label) })} ${link.transport.toUpperCase()} ${portText(t, link.port)}`;
  const citation = `${link.citation.document} § ${link.citation.section} (${link.citation.heading})`;
  return `<li><span class="mono">${e(link.source)} ${link.direction === '<-->' ? '⇄' : '→'} ${e(link.destination)}</span> — ${e(reason)}${
    link.notes.length ? ` <span class="muted">(${e(t('report.notes', { notes: link.notes.join(', ') }))})</span>` : ''
  }<br><span class="muted">${e(t('report.source'))}: ${e(citation)}</span></li>`;
}

function renderHierarchy(hierarchy: Hierarchy, t: Translate): string {
  const sections = hierarchy.sites.map((site) => {
    const systems = hierarchy.systems.filter((system) => system.site.toUpperCase() === site.code.toUpperCase());
    const rows = systems
      .map((system) => `<tr><td class="mono">${e(system.fqdn)}${system.address ? ` <span class="muted">[${e(system.address)}]</span>` : ''}</td><td>${e(
        system.roles.map((role: Role) => describeRole(role, t)).join('; '),
      )}</td></tr>`)
      .join('');
    const parent = site.parent ? ` · ${t('report.parent', { code: site.parent })}` : '';
    return `<h3>${e(site.code)} — ${e(site.name)} <span class="muted">(${e(t(`siteTypes.${site.type}`))}${e(parent)})</span></h3>
<table><thead><tr><th>${e(t('report.systems'))}</th><th>${e(t('report.roles'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  const cloud = (hierarchy.cloud ?? [])
    .map((cmg) => `<li class="mono">${e(cmg.name)} — ${e(t('roles.cmg'))}, ${e(cmg.instances)} × VM${cmg.deployment ? ` (${e(cmg.deployment)})` : ''}</li>`)
    .join('');
  return `<section><h2>${e(t('report.hierarchy'))}: ${e(hierarchy.name)}</h2>${sections.join('\n')}${cloud ? `<ul>${cloud}</ul>` : ''}</section>`;
}

/** `Network check report — Contoso`: the report's title, also the firewall script's heading. */
export function reportTitle(document: ResultDocument, t: Translate): string {
  return document.hierarchy ? `${t('report.title')} — ${document.hierarchy.name}` : t('report.title');
}

/** An instant for the reader (their language, with its time zone), the exact ISO time kept in `datetime`. */
function when(t: Translate, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? e(iso) : `<time datetime="${e(iso)}">${e(t('format.longDateTime', { value: date }))}</time>`;
}
