import type { Translate } from '../i18n/translator.ts';
import type { RequiredRootStatus } from './known-roots.ts';

/** One required root's status in words, for the CLI, the app and the report. */
export function describeRequiredRoot(root: RequiredRootStatus, t: Translate): string {
  const present = root.bundled || root.system === true;
  const date = root.notAfter ?? '';
  if (present) return t(root.expired ? 'endpoints.requiredRoots.presentExpired' : 'endpoints.requiredRoots.present', { name: root.name, date });
  if (root.expired) return t('endpoints.requiredRoots.absentExpired', { name: root.name, date });
  return t('endpoints.requiredRoots.absent', { name: root.name, system: root.system === null ? t('endpoints.requiredRoots.systemUnknown') : '' });
}
