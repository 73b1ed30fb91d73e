import type { Translate } from '../../shared/i18n/translator.ts';
import type { ExplainResult } from '../../shared/logs/classify.ts';
import type { LogAnalysis } from '../../shared/logs/log-analyzer.ts';
import type { LogDocument } from '../../shared/logs/log-document.ts';
import { describeLogTime } from '../../shared/logs/log-time.ts';
import { codeMeaning, describeFinding } from '../../shared/logs/finding-text.ts';
import { entryTime, type KnowledgeSource, type LogEntry } from '../../shared/logs/log-types.ts';

/** Categories a live test from this machine can confirm or rule out. */
const NETWORK_CATEGORIES = new Set(['dns', 'tcp', 'timeout', 'tls-trust', 'tls-protocol', 'proxy', 'http']);

/**
 * The command that tests a finding from this machine: its host, or — for a network failure whose
 * line names none — every endpoint the service connection point needs.
 */
export function testCommand(finding: LogDocument['findings'][number]): string | undefined {
  if (finding.url && /^https?:\/\//i.test(finding.url)) return `netcheck probe https ${new URL(finding.url).origin}/`;
  if (finding.host) return `netcheck probe https https://${finding.host}/`;
  return NETWORK_CATEGORIES.has(finding.category) ? 'netcheck endpoints --role service-connection-point' : undefined;
}

function sourceText(source: KnowledgeSource): string {
  return source.section ? `${source.document}, "${source.section}"` : source.document;
}

function seconds(ms: number | null, t: Translate): string {
  return ms === null ? '' : t('format.seconds', { value: ms / 1000 });
}

/** The analysis for a terminal: files, attempts oldest first, findings with why, fix, source and the command to test. */
export function describeLogDocument(document: LogDocument, analysis: LogAnalysis, t: Translate): string {
  const lines: string[] = [t('logs.filesRead', { count: document.files.length })];
  for (const file of document.files) {
    const counted = [file.unframed > 0 ? t('logs.unframed', { count: file.unframed }) : '', file.badTimestamps > 0 ? t('logs.badTimestamps', { count: file.badTimestamps }) : '', file.invalidBytes > 0 ? t('logs.invalidBytes', { count: file.invalidBytes }) : ''].filter(Boolean);
    const problems = counted.length > 0 ? ` (${counted.join(', ')})` : '';
    lines.push(t('logs.file', { ...file, problems }));
  }
  if (analysis.first && analysis.last) {
    lines.push(t('logs.span', { entries: document.entries, errors: analysis.bySeverity.error, warnings: analysis.bySeverity.warning, first: describeLogTime(analysis.first), last: describeLogTime(analysis.last) }));
  }
  if (document.since) lines.push(t('logs.since', { since: document.since }));
  lines.push('');
  if (analysis.attempts.length === 0) lines.push(t('logs.noAttempts'));
  else {
    lines.push(t('logs.attempts', { count: analysis.attempts.length }));
    const older = document.olderAttempts;
    const olderCount = older.success + older.failed + older.incomplete;
    if (olderCount > 0) lines.push(t('logs.olderAttempts', { count: olderCount, ...older }));
    for (const attempt of analysis.attempts) {
      const kind = attempt.kind === 'manifest' ? t('logs.attemptKind.manifest') : t('logs.attemptKind.package', { package: attempt.package });
      const stage = attempt.lastStage ? t('logs.stageReached', { state: attempt.lastStage.state, name: attempt.lastStage.name }) : t('logs.noStage');
      const notes = [attempt.retry ? t('logs.retry') : '', attempt.mode === 'offline' ? t('logs.offline') : ''].filter(Boolean).join(', ');
      lines.push(`  ${attempt.start ? describeLogTime(attempt.start) : '?'}  ${kind}  ${t(`logs.outcome.${attempt.outcome}`)}  ${stage}  ${seconds(attempt.durationMs ?? null, t)}${notes ? `  (${notes})` : ''}`.trimEnd());
    }
  }
  lines.push('');
  if (document.findings.length === 0) lines.push(t('logs.noFindings'));
  else lines.push(t('logs.findings', { count: document.findings.length }));
  for (const finding of document.findings) {
    const times = finding.first ? t('logs.times', { count: finding.occurrences, first: finding.first.line }) : '';
    lines.push(t('logs.findingHead', { severity: t(`logs.severity.${finding.severity}`), category: t(`logs.category.${finding.category}`), file: finding.file, line: finding.line, times }));
    lines.push(`    ${finding.message}`);
    const text = describeFinding(t, finding);
    lines.push(t('logs.why', { text: text.explanation }), t('logs.fix', { text: text.fix }));
    if (finding.source) lines.push(t('logs.source', { text: sourceText(finding.source) }));
    const command = testCommand(finding);
    if (command) lines.push(t('logs.test', { command }));
  }
  return lines.join('\n');
}

/** One entry as CMTrace shows it, for `--follow`. */
export function describeEntry(entry: LogEntry): string {
  const time = entryTime(entry);
  const severity = entry.severity === 'info' ? '' : `${entry.severity.toUpperCase()} `;
  return `${time ? describeLogTime(time) : '-'}  ${entry.component ?? '-'}  ${severity}${entry.message}`;
}

export function describeLookup(result: ExplainResult, t: Translate): string {
  const lines: string[] = [];
  for (const code of result.codes) {
    if (code.httpStatus !== undefined) lines.push(t('logs.lookupHttp', { display: code.display, status: code.httpStatus }));
    else if (code.known) lines.push(t('logs.lookupCode', { display: code.display, name: code.known.name, meaning: codeMeaning(t, code.known), category: t(`logs.category.${code.known.category}`) }));
    else lines.push(t('logs.lookupUnknownCode', { display: code.display }));
  }
  if (result.knowledge) {
    lines.push(`${t(`logs.category.${result.knowledge.category}`)}: ${t(`knowledge.entry.${result.knowledge.id}.explanation`)}`, t('logs.fix', { text: t(`knowledge.entry.${result.knowledge.id}.fix`) }).trim());
    if (result.knowledge.source) lines.push(t('logs.source', { text: sourceText(result.knowledge.source) }).trim());
  }
  return lines.length > 0 ? lines.join('\n') : t('logs.lookupNothing', { query: result.query });
}
