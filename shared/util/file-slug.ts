/**
 * A name as it can stand in a file name: lower case, runs of anything but letters and digits as one
 * hyphen, no hyphen at either end (`Contoso Demo Hierarchy` → `contoso-demo-hierarchy`); `fallback`
 * when nothing is left.
 */
export function fileSlug(name: string, fallback = 'hierarchy'): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}
