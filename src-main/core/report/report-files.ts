import type { Translate } from '../../../shared/i18n/translator.ts';
import { firewallRequest, firewallRequestCsv, firewallRequestPowerShell } from '../../../shared/report/firewall-request.ts';
import { redactDocument, scrubSecrets } from '../../../shared/report/redact.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import { renderHtmlReport, reportTitle } from './html-report.ts';
import { reportTopologySvg } from './report-topology.ts';

/** What a run can be saved as: the document, the offline report, or the firewall change request. */
export type ReportFormat = 'json' | 'html' | 'firewall-csv' | 'firewall-ps1';

/** File extensions by format, for suggested names and save dialogs. */
export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { json: 'json', html: 'html', 'firewall-csv': 'csv', 'firewall-ps1': 'ps1' };

/**
 * The content of a report file, the same for the app and `netcheck report`. With `redact`, the
 * customer's host names, addresses and user names become tokens first; secrets are scrubbed from
 * every format either way.
 */
export async function renderReportFile(original: ResultDocument, format: ReportFormat, t: Translate, options: { redact?: boolean } = {}): Promise<string> {
  const document = options.redact ? { ...redactDocument(original).document, redacted: true } : original;
  switch (format) {
    case 'json':
      return scrubSecrets(`${JSON.stringify(document, null, 2)}\n`);
    case 'html':
      return scrubSecrets(renderHtmlReport(document, t, { topologySvg: await reportTopologySvg(document, t) }));
    case 'firewall-csv':
      return scrubSecrets(firewallRequestCsv(firewallRequest(document, t)));
    case 'firewall-ps1':
      return scrubSecrets(firewallRequestPowerShell(firewallRequest(document, t), reportTitle(document, t)));
  }
}
