import type { Translate } from '../i18n/translator.ts';
import { assertNever } from '../util/assert-never.ts';
import type { Role } from './model.ts';

/**
 * Describes a role with its options in one line: "Distribution point (PXE, multicast)".
 *
 * Shared by the hierarchy view, the report and the CLI so a role reads the same everywhere.
 */
export function describeRole(role: Role, t: Translate): string {
  const options = roleOptions(role, t);
  const name = t(`roles.${role.role}`);
  return options.length > 0 ? `${name} (${options.join(', ')})` : name;
}

function roleOptions(role: Role, t: Translate): string[] {
  switch (role.role) {
    case 'site-database':
      return [
        ...(role.instance ? [t('roleOptions.instance', { name: role.instance })] : []),
        t('roleOptions.sqlPort', { port: role.port ?? 1433 }),
        t('roleOptions.brokerPort', { port: role.brokerPort ?? 4022 }),
      ];
    case 'management-point':
      return role.https ? [t('roleOptions.https')] : [];
    case 'distribution-point':
      return [
        ...(role.pxe ? [t('roleOptions.pxe')] : []),
        ...(role.multicast ? [t('roleOptions.multicast')] : []),
        ...(role.https ? [t('roleOptions.https')] : []),
      ];
    case 'software-update-point': {
      const http = role.httpPort ?? 8530;
      const https = role.httpsPort ?? (http === 80 ? 443 : http + 1);
      return [t('roleOptions.wsusPorts', { http, https }), ...(role.ssl ? [t('roleOptions.ssl')] : [])];
    }
    case 'service-connection-point':
      return [t('roleOptions.mode', { mode: t(`ui.editor.role.${role.mode}`) }), ...(role.proxy ? [t('roleOptions.proxy', { proxy: role.proxy })] : [])];
    case 'client-subnet':
      return [t('roleOptions.cidr', { cidr: role.cidr })];
    case 'site-server':
    case 'sms-provider':
    case 'cmg-connection-point':
    case 'reporting-point':
    case 'console':
      return [];
    default:
      return assertNever(role, 'role');
  }
}
