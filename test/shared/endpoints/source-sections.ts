import { readFileSync } from 'node:fs';
import { INTUNE_ENDPOINTS } from '../../../shared/endpoints/endpoint-sources.ts';
import { INTUNE_SECTIONS } from '../../../shared/endpoints/intune-endpoints.ts';

/** Reads a source document of `docs/sources/`, as the catalogue tests check citations against it. */
export function sourceDocument(file: string): string {
  return readFileSync(new URL(`../../../docs/sources/${file}`, import.meta.url), 'utf8');
}

/**
 * The text of a cited section, or undefined when the section does not exist. For the ConfigMgr
 * articles the section is an anchor path (each anchor searched after the previous one) and ends at
 * the next Markdown heading; for the Intune article it is a heading line and ends at the next
 * heading line the catalogue knows.
 */
export function sectionText(file: string, section: string): string | undefined {
  const text = sourceDocument(file);
  if (file === INTUNE_ENDPOINTS) {
    const start = text.indexOf(`\n${section}\n`);
    if (start < 0) return undefined;
    const bodyStart = start + section.length + 2;
    const ends = Object.values(INTUNE_SECTIONS)
      .filter((heading) => heading !== section)
      .map((heading) => text.indexOf(`\n${heading}\n`, bodyStart))
      .filter((index) => index >= 0);
    return text.slice(bodyStart, ends.length > 0 ? Math.min(...ends) : undefined);
  }
  let position = 0;
  for (const anchor of section.split('/')) {
    const found = text.indexOf(`<a name="${anchor}">`, position);
    if (found < 0) return undefined;
    position = found + anchor.length;
  }
  const end = text.indexOf('\n#', position);
  return text.slice(position, end < 0 ? undefined : end);
}
