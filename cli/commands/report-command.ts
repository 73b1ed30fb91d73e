import path from 'node:path';
import type { Translate } from '../../shared/i18n/translator.ts';
import { diffDocuments } from '../../shared/report/diff-documents.ts';
import { loadResultDocuments, type NamedText } from '../../shared/results/load-result-document.ts';
import type { ResultDocument } from '../../shared/results/result-document.ts';
import { validateWalkthrough } from '../../shared/walkthroughs/validate-walkthrough.ts';
import { WALKTHROUGHS } from '../../shared/walkthroughs/walkthrough-catalogue.ts';
import { walkthroughText } from '../../shared/walkthroughs/walkthrough-types.ts';
import { readTextFile } from '../../src-main/core/app/read-text-file.ts';
import { writeFileAtomic } from '../../src-main/core/files/atomic-write.ts';
import { renderReportFile, type ReportFormat } from '../../src-main/core/report/report-files.ts';
import { issueText } from '../../shared/validation/issue.ts';
import { BadInput, EXIT, type CliIo } from '../cli-io.ts';

export interface ReportOptions {
  html?: string;
  out?: string;
  firewallCsv?: string;
  firewallPs1?: string;
  redact: boolean;
  diff: boolean;
  json: boolean;
}

/**
 * `netcheck report`: turns saved runs (the CLI's `--json` documents, the app's saved runs) into the
 * offline HTML report, a (redacted) JSON document, or the firewall change request; several runs
 * measured on different machines are merged first. `--diff A B` says what changed since a baseline.
 */
export async function reportCommand(files: readonly string[], options: ReportOptions, io: CliIo, t: Translate): Promise<number> {
  if (options.diff) return diffCommand(files, options, io, t);
  if (files.length === 0) throw BadInput.of('reportNeedsFiles');
  const document = await readDocuments(files, io, t);
  const targets: [ReportFormat, string | undefined][] = [
    ['html', options.html],
    ['json', options.out],
    ['firewall-csv', options.firewallCsv],
    ['firewall-ps1', options.firewallPs1],
  ];
  const wanted = targets.filter((target): target is [ReportFormat, string] => target[1] !== undefined);
  if (wanted.length === 0) throw new BadInput(t('cli.reportNothing'));
  for (const [format, file] of wanted) {
    const target = path.resolve(io.cwd, file);
    await writeFileAtomic(target, await renderReportFile(document, format, t, { redact: options.redact }));
    io.stdout.write(`${t('cli.reportWritten', { path: target })}\n`);
  }
  return EXIT.ok;
}

async function diffCommand(files: readonly string[], options: ReportOptions, io: CliIo, t: Translate): Promise<number> {
  if (files.length !== 2) throw BadInput.of('diffNeedsTwo');
  const [baseline, current] = [await readDocuments([files[0] as string], io, t), await readDocuments([files[1] as string], io, t)];
  const diff = diffDocuments(baseline, current);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  } else {
    const lines = [t('cli.diffHeading', { baseline: `${files[0]} (${diff.baseline.startedAt})`, current: `${files[1]} (${diff.current.startedAt})` })];
    if (!diff.sameHierarchy) lines.push(t('cli.diffOtherHierarchy'));
    if (diff.changes.length === 0) lines.push(t('cli.diffNone'));
    for (const change of diff.changes) {
      lines.push(t('cli.diffLine', { kind: t(`cli.diffKind.${change.kind}`), what: change.what, before: change.before ? t(`status.${change.before}`) : '—', after: change.after ? t(`status.${change.after}`) : '—' }));
      if (change.afterSummary && change.kind !== 'gone') lines.push(`           ${change.afterSummary}`);
    }
    const other = diff.unchanged.warn + diff.unchanged.unknown + diff.unchanged.skipped;
    lines.push(t('cli.diffUnchanged', { pass: diff.unchanged.pass, fail: diff.unchanged.fail, other }));
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  // Like `run`: a failure now (something broke) is exit 1, so a script can gate on it.
  return diff.changes.some((change) => change.kind === 'broke') ? EXIT.checkFailed : EXIT.ok;
}

/** `netcheck walkthrough list`: the walkthroughs the app offers, checked as they load. */
export function walkthroughCommand(args: readonly string[], options: { json: boolean }, io: CliIo, t: Translate): number {
  if (args[0] !== 'list' || args.length > 1) throw BadInput.of('walkthroughSubcommand');
  const problems = WALKTHROUGHS.flatMap((walkthrough) => validateWalkthrough(walkthrough, (key) => t(key) !== key));
  if (problems.length > 0) {
    io.stderr.write(`${problems.join('\n')}\n`);
    return EXIT.checkFailed;
  }
  const entries = WALKTHROUGHS.map((walkthrough) => ({
    id: walkthrough.id,
    title: t(walkthroughText.title(walkthrough.id)),
    symptom: t(walkthroughText.symptom(walkthrough.id)),
    steps: walkthrough.steps.length,
    conclusions: walkthrough.steps.filter((step) => step.kind === 'conclusion').length,
  }));
  if (options.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else io.stdout.write(`${[t('cli.walkthroughHeading', { count: entries.length }), ...entries.map((entry) => t('cli.walkthroughLine', entry))].join('\n')}\n`);
  return EXIT.ok;
}

/** Reads result documents, merging several; a bad file is bad input, named. */
async function readDocuments(files: readonly string[], io: CliIo, t: Translate): Promise<ResultDocument> {
  const texts: NamedText[] = [];
  for (const file of files) {
    const read = await readTextFile(path.resolve(io.cwd, file));
    if (!read.ok) throw new BadInput(`${file}: ${read.message}`);
    texts.push({ name: file, text: read.text });
  }
  const loaded = loadResultDocuments(texts);
  if (!loaded.ok) throw new BadInput(`${loaded.name}: ${loaded.errors.slice(0, 5).map((issue) => `${issue.path ? `${issue.path}: ` : ''}${issueText(t, issue)}`).join('; ')}`);
  return loaded.document;
}
