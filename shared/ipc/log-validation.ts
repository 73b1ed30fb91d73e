/**
 * Payload validators of the Logs view's calls. The renderer is untrusted: it may name log files
 * (by extension: a page must not read any file it likes through the viewer), bounded amounts of
 * bytes, and sessions by id.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The extensions the viewer opens: ConfigMgr logs, their rolled-over copies, and text. */
export const LOG_EXTENSIONS = /\.(log|lo_|txt)$/i;
/** Files one call opens. */
export const MAX_LOG_FILES = 20;
/** Bytes of base64 one browser-mode call carries (the bridge takes 64 MB bodies). */
export const MAX_LOG_BASE64 = 60 * 1024 * 1024;

function isSessionId(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= 100;
}

export function validateSessionId(args: unknown): string | null {
  return isObject(args) && isSessionId(args.sessionId) && Object.keys(args).length === 1 ? null : 'expected { sessionId }';
}

export function validateLogPaths(args: unknown): string | null {
  if (!isObject(args) || !Array.isArray(args.paths)) return 'expected { paths }';
  const { paths } = args;
  if (paths.length < 1 || paths.length > MAX_LOG_FILES) return `paths: expected 1-${MAX_LOG_FILES} files`;
  for (const file of paths) {
    if (typeof file !== 'string' || file.length > 4096 || file.includes('\0')) return 'paths: expected file paths';
    if (!LOG_EXTENSIONS.test(file)) return `paths: ${file.split(/[\\/]/).pop() ?? file} is not a .log, .lo_ or .txt file`;
  }
  return null;
}

export function validateLogBytes(args: unknown): string | null {
  if (!isObject(args) || !Array.isArray(args.files)) return 'expected { files: [{ name, base64 }] }';
  const { files } = args;
  if (files.length < 1 || files.length > MAX_LOG_FILES) return `files: expected 1-${MAX_LOG_FILES} files`;
  let total = 0;
  for (const file of files) {
    if (!isObject(file) || typeof file.name !== 'string' || typeof file.base64 !== 'string') return 'files: expected { name, base64 }';
    if (file.name.length > 255 || !LOG_EXTENSIONS.test(file.name)) return `files: ${file.name.slice(0, 255)} is not a .log, .lo_ or .txt file`;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) return `files: ${file.name} is not base64`;
    total += file.base64.length;
  }
  return total <= MAX_LOG_BASE64 ? null : 'files: too large to send from the page (open them from disk instead)';
}

export function validateLogRows(args: unknown): string | null {
  if (!isObject(args) || !isSessionId(args.sessionId)) return 'expected { sessionId, start, count, filtered }';
  const { start, count, filtered } = args;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return 'start: expected an integer ≥ 0';
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 2000) return 'count: expected 1-2000';
  return typeof filtered === 'boolean' ? null : 'filtered: expected true or false';
}

export function validateLogFilter(args: unknown): string | null {
  if (!isObject(args) || !isSessionId(args.sessionId) || !isObject(args.filter)) return 'expected { sessionId, filter }';
  const { text, severities } = args.filter;
  if (text !== undefined && (typeof text !== 'string' || text.length > 500)) return 'filter.text: expected at most 500 characters';
  if (severities !== undefined && (!Array.isArray(severities) || !severities.every((severity) => severity === 'info' || severity === 'warning' || severity === 'error'))) return 'filter.severities: expected info, warning, error';
  return null;
}

export function validateFollowLog(args: unknown): string | null {
  return isObject(args) && isSessionId(args.sessionId) && typeof args.follow === 'boolean' ? null : 'expected { sessionId, follow }';
}
