/**
 * A problem found in a document, located by the path of the bad field.
 *
 * Paths read like code (`systems[3].roles[0].port`) so a user can find the field in their file;
 * the root of the document is the empty path, shown as `(document)`.
 */
export interface ValidationIssue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Appends a property name to a path. */
export function childPath(path: string, key: string): string {
  const simple = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
  if (!simple) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Appends an array index to a path. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Nests a whole path under a parent: `prefixPath('hierarchy', 'sites[0].code')` → `hierarchy.sites[0].code`. */
export function prefixPath(parent: string, path: string): string {
  if (path === '') return parent;
  return path.startsWith('[') ? `${parent}${path}` : `${parent}.${path}`;
}

/** Formats an issue as one line: `systems[3].roles[0].port: expected integer 1-65535`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`;
}
