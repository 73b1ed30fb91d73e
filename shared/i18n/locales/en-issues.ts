import hierarchySchema from '../../hierarchy/hierarchy.schema.json' with { type: 'json' };
import resultSchema from '../../results/result-document.schema.json' with { type: 'json' };

/** The key of a schema's `x-expected` wording: its words, lowercased and joined by hyphens. */
export function expectationKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** Every `x-expected` wording of the app's schemas, by key (the schemas keep them beside their rules). */
function schemaExpectations(...schemas: unknown[]): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'x-expected' && typeof value === 'string') out[expectationKey(value)] = value;
        else visit(value);
      }
    }
  };
  schemas.forEach(visit);
  return out;
}

/**
 * English wording of validation problems (`issue`): a file that is not JSON, what the schema
 * expects, the rules of a ConfigMgr hierarchy, and the hierarchy table (CSV). Part of `en.ts`.
 */
export const enIssue = {
  document: '(document)',
  located: '{{where}}: {{message}}',
  emptyFile: 'the file is empty',
  notJson: 'not valid JSON: {{reason}}',
  notJsonAt: 'not valid JSON at line {{line}}, column {{column}}: {{reason}}',
  expected: 'expected {{expected}} (got {{got}})',
  required: 'required',
  unknownProperty: 'unknown property',
  unknownPropertyHint: 'unknown property (did you mean "{{guess}}"?)',
  notEmpty: 'must not be empty',
  minLength: 'expected at least {{min}} characters',
  maxLength: 'expected at most {{max}} characters (got {{length}})',
  minItems_one: 'expected at least {{count}} item',
  minItems_other: 'expected at least {{count}} items',
  maxItems: 'expected at most {{max}} items (got {{length}})',
  got: { array: 'an array', object: 'an object' },
  expectation: {
    range: { integer: 'integer {{min}}-{{max}}', number: 'number {{min}}-{{max}}' },
    atLeast: { integer: 'integer >= {{min}}', number: 'number >= {{min}}' },
    atMost: { integer: 'integer <= {{max}}', number: 'number <= {{max}}' },
    oneOf: 'one of {{values}}',
    value: '{{value}}',
    type: { object: 'object', array: 'array', string: 'string', integer: 'integer', number: 'number', boolean: 'boolean' },
    valid: 'a valid value',
    schema: schemaExpectations(hierarchySchema, resultSchema),
  },
  duplicateSite: 'duplicate site code "{{code}}" (also sites[{{earlier}}])',
  oneCas: 'a hierarchy has at most one CAS',
  secondaryNeedsParent: 'required for a secondary site',
  noSuchSite: 'no site with code "{{code}}"',
  casHasNoParent: 'a CAS has no parent site',
  primaryParent: 'a primary site\'s parent must be the CAS ({{code}} is {{type}})',
  secondaryParent: 'a secondary site\'s parent must be a primary site ({{code}} is {{type}})',
  duplicateSystem: 'duplicate system "{{fqdn}}" (also systems[{{earlier}}]); list its roles once',
  roleTwice: '"{{role}}" is listed twice on this system',
  noSiteServer: 'no system holds the site-server role for site {{code}}',
  noSiteDatabase: 'no system holds the site-database role for site {{code}}',
  wsusPorts: 'WSUS with HTTP port {{http}} uses HTTPS port {{pair}} (seed 003, note 3), not {{https}}',
  duplicateCloud: 'duplicate cloud service "{{name}}" (also cloud[{{earlier}}])',
  csv: {
    at: 'line {{line}}',
    atColumn: 'line {{line}}, column "{{column}}"',
    unclosedQuote: 'a quoted field is never closed',
    empty: 'the file is empty: expected a header row (site, site_name, site_type, parent, system, address, role, …)',
    unknownColumn: 'not a column this app reads; ignored',
    missingColumn: 'no "{{column}}" column (the header row names the columns: {{columns}})',
    noSystemColumn: 'no "system" column (the site system\'s FQDN)',
    noRoleChecked: '{{fqdn}} holds no role this app checks; left out',
    siteIncomplete: 'site {{code}}: give its site_name and site_type on one of its rows',
    wholeNumber: 'expected a whole number (got "{{text}}")',
    yesNo: 'expected yes or no (got "{{text}}")',
    mode: 'expected online or offline (got "{{text}}")',
    cidr: 'a client subnet needs its CIDR (10.1.0.0/16)',
    cmgName: 'a cloud management gateway row needs its service name (the system column)',
    deployment: 'expected vmss or classic (got "{{text}}")',
    siteCode: 'every row names its site code',
    siteType: 'expected cas, primary or secondary (got "{{text}}")',
    siteConflict: 'site {{code}} was given {{field}} "{{value}}" on line {{line}}',
    roleNeedsSystem: 'a role needs the system that holds it',
    systemSite: '{{fqdn}} is in site {{site}} on line {{line}}',
    systemAddress: '{{fqdn}} was given address {{address}} on line {{line}}',
    noRole: 'no role: give one role per row',
    unknownRole: 'unknown role "{{role}}"',
    skippedRole: '"{{role}}" is not a role this app checks; row skipped',
  },
};
