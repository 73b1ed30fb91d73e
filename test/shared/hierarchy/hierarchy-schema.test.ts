import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { HIERARCHY_SCHEMA, validateHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import { assertSupportedSchema } from '../../../shared/validation/json-schema-subset.ts';

/**
 * The published schema is what third-party tools (editors, ajv) will use: they must agree with the
 * app's own interpreter on what is valid.
 */
const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
const ajvValidate = ajv.compile(HIERARCHY_SCHEMA);

const variants: [string, (h: Record<string, unknown>) => void][] = [
  ['demo', () => undefined],
  ['port out of range', (h) => ((h.systems as { roles: Record<string, unknown>[] }[])[1]!.roles[0]!.port = 0)],
  ['unknown top-level property', (h) => (h.extra = true)],
  ['wrong role', (h) => ((h.systems as { roles: Record<string, unknown>[] }[])[0]!.roles[0] = { role: 'nope' })],
  ['extra role property', (h) => ((h.systems as { roles: Record<string, unknown>[] }[])[0]!.roles[0] = { role: 'console', pxe: true })],
  ['bad site code', (h) => ((h.sites as Record<string, unknown>[])[0]!.code = 'TOOLONG')],
  ['bad address', (h) => ((h.systems as Record<string, unknown>[])[0]!.address = 'not an ip')],
  ['ipv6 address', (h) => ((h.systems as Record<string, unknown>[])[0]!.address = 'fd00::10')],
  ['cmg with 17 instances', (h) => ((h.cloud as Record<string, unknown>[])[0]!.instances = 17)],
  ['missing mode', (h) => ((h.systems as { roles: Record<string, unknown>[] }[])[0]!.roles[2] = { role: 'service-connection-point' })],
  ['formatVersion 2', (h) => (h.formatVersion = 2)],
];

describe('hierarchy.schema.json', () => {
  it('uses only keywords the app enforces', () => {
    expect(() => assertSupportedSchema(HIERARCHY_SCHEMA)).not.toThrow();
  });

  it.each(variants)('ajv and the app agree on: %s', (_name, mutate) => {
    const value = structuredClone(DEMO_HIERARCHY) as unknown as Record<string, unknown>;
    mutate(value);
    const ours = validateHierarchy(value);
    const schemaOnly = ours.ok || ours.errors.every((e) => !/duplicate|no site|parent|CAS|WSUS/.test(e.message));
    expect(schemaOnly).toBe(true);
    expect(ajvValidate(value)).toBe(ours.ok);
  });
});
