import path from 'node:path';
import { DEMO_HIERARCHY } from '../shared/hierarchy/demo-hierarchy.ts';
import { loadHierarchy } from '../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy } from '../shared/hierarchy/model.ts';
import type { Translate } from '../shared/i18n/translator.ts';
import { formatIssue } from '../shared/validation/issue.ts';
import { readTextFile } from '../src-main/core/app/read-text-file.ts';
import { BadInput, type CliIo } from './cli-io.ts';

/**
 * Loads the hierarchy named by `--hierarchy FILE`, or the demo with `--demo` (also the default when
 * neither is given, as in the app). Every problem of a bad file is printed with its location, then
 * the command stops with exit code 2; warnings are printed and the command goes on.
 */
export async function loadHierarchySource(
  options: { hierarchy?: string; demo?: boolean },
  io: CliIo,
  t: Translate,
): Promise<Hierarchy> {
  if (options.hierarchy && options.demo) throw BadInput.of('hierarchyAndDemo');
  if (!options.hierarchy) return DEMO_HIERARCHY;
  const file = path.resolve(io.cwd, options.hierarchy);
  const read = await readTextFile(file);
  if (!read.ok) throw new BadInput(`${options.hierarchy}: ${read.message}`);
  const loaded = loadHierarchy(read.text);
  if (!loaded.ok) {
    const lines = loaded.errors.map((issue) => `  ${formatIssue(issue, t)}`);
    throw new BadInput([t('cli.hierarchyInvalid', { file: options.hierarchy, count: loaded.errors.length }), ...lines].join('\n'));
  }
  for (const warning of loaded.warnings) io.stderr.write(`${t('cli.hierarchyWarning', { file: options.hierarchy, message: formatIssue(warning, t) })}\n`);
  return loaded.hierarchy;
}
