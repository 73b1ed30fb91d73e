import { enEndpoint, enEndpoints, uiEndpoints } from './en-endpoint.ts';
import { enLogs, uiLogs } from './en-logs.ts';
import { enFix, uiTopology } from './en-topology.ts';
import { enWalkthrough, uiWalkthroughs } from './en-walkthroughs.ts';
import { enReport } from './en-report.ts';
import { uiEditor, uiHierarchy } from './en-hierarchy.ts';
import { enProbe } from './en-probes.ts';
import { enKnowledge } from './en-knowledge.ts';
import { enEndpointReference, enService } from './en-catalogue.ts';
import { enIssue } from './en-issues.ts';
import type { DeepStrings } from '../message-tree.ts';

/**
 * English strings: the reference every other language must match key for key.
 *
 * Keys are grouped by where they appear. Interpolations use i18next's `{{name}}`; plurals use the
 * `_one` / `_other` suffixes. The internet endpoint strings live in `en-endpoint.ts`.
 */
export const en = {
  /** The BCP 47 tag of this table's language (the report's `<html lang>`). */
  meta: { lang: 'en' },
  app: {
    title: 'ConfigMgr Netcheck',
    tagline: 'Network checks for Configuration Manager hierarchies',
    nav: {
      label: 'Views',
      hierarchy: 'Hierarchy',
      checks: 'Checks',
      endpoints: 'Endpoints',
      logs: 'Logs',
      topology: 'Topology',
      walkthroughs: 'Walkthroughs',
    
  report: 'Report',
    },
    demoBadge: 'Demo hierarchy',
    loadingView: 'Loading…',
    vantage: 'Running on {{hostname}}',
    language: { label: 'Language', system: 'System language ({{language}})' },
    settingsNotice: 'The settings file could not be read ({{reason}}); it was set aside as settings.json.corrupt and defaults are used.',
  },
  format: {
    dateTime: '{{value, datetime(dateStyle: medium; timeStyle: medium)}}',
    time: '{{value, datetime(timeStyle: medium)}}',
    longDateTime: '{{value, datetime(dateStyle: long; timeStyle: long)}}',
    seconds: '{{value, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s',
    dynamicPort: 'dynamic',
    /** Why a link is needed: the two roles and the service of the ports reference. */
    linkReason: '{{from}} → {{to}}: {{service}}',
    dynamicRpcRange: 'dynamic RPC (49152-65535)',
  },
  ui: {
    common: {
      dismiss: 'Dismiss',
      close: 'Close',
      none: 'none',
    },
    hierarchy: uiHierarchy,
    editor: uiEditor,
    checks: {
      heading: 'Checks',
      intro: 'Runs every planned check from this machine. Results show what was sent, where, and what came back.',
      timeout: 'Timeout per check (ms)',
      run: 'Run checks',
      cancel: 'Cancel',
      planned: '{{checks}} checks planned for {{links}} links',
      progress: '{{done}} of {{total}} checks · {{failed}} failed',
      finished: 'Finished: {{done}} of {{total}} checks',
      openedFrom: 'Saved run opened from {{path}}',
      columns: { status: 'Status', destination: 'Destination', port: 'Port', probe: 'Probe', summary: 'Result' },
      waiting: 'Waiting',
      running: 'Running…',
      evidence: 'Evidence',
      neededBy: 'Needed by',
      runFailed: 'The run could not start: {{message}}',
      noRun: 'No checks have run yet.',
      includeEndpoints: 'Also check the internet endpoints (settings in Endpoints)',
      hereFound: 'This machine is {{system}} (recognised by its {{by}}).',
      hereBy: { name: 'name', address: 'address' },
      hereAmbiguous: 'This machine\'s name matches several systems ({{systems}}): every check is planned.',
      hereElsewhere: 'This machine is not in the hierarchy: its checks tell the paths from where it sits.',
      fromHere_one: 'Only the link that starts here ({{count}} check)',
      fromHere_other: 'Only the links that start here ({{count}} checks)',
    },
    endpoints: uiEndpoints,
    logs: uiLogs,
    topology: uiTopology,
    walkthroughs: uiWalkthroughs,
    report: {
      heading: 'Report',
      intro: 'Save this run for another engineer: JSON re-opens in the app; HTML opens in any browser with no network.',
      saveJson: 'Save results (JSON)',
      saveHtml: 'Save report (HTML)',
      savePdf: 'Save report (PDF)',
      diffHeading: 'What changed since a baseline',
      diffChoose: 'Compare with a saved run…',
      diffSince: 'Since {{name}} ({{at}}):',
      diffKind: { fixed: 'Fixed', broke: 'Broke', changed: 'Changed', new: 'New', gone: 'Gone' },
      saveFirewallCsv: 'Firewall change request (CSV)…',
      saveFirewallPs1: 'Firewall rules (PowerShell)…',
      redact: 'Redact host names, addresses and user names',
      language: 'Report language',
      open: 'Open saved runs…',
      openHint: 'Pick several runs (netcheck run --json on each site server) to see each direction measured from its own source.',
      vantages: 'Measured from {{count}} machines: {{names}}',
      saved: 'Saved to {{path}}',
      saveFailed: 'Could not save: {{message}}',
      nothing: 'Run the checks first, or open a saved run.',
      counts: 'Results',
    },
  },
  roles: {
    'site-server': 'Site server',
    'site-database': 'Site database server',
    'sms-provider': 'SMS Provider',
    'management-point': 'Management point',
    'distribution-point': 'Distribution point',
    'software-update-point': 'Software update point',
    'service-connection-point': 'Service connection point',
    'cmg-connection-point': 'CMG connection point',
    'reporting-point': 'Reporting services point',
    console: 'Configuration Manager console',
    'client-subnet': 'Client subnet',
    cmg: 'Cloud management gateway',
    internet: 'Internet',
    'microsoft-intune': 'Microsoft Intune',
    azure: 'Azure',
    'domain-controller': 'Domain controller',
    'issuing-ca': 'Issuing certification authority',
    'cloud-distribution-point': 'Cloud distribution point',
    'fallback-status-point': 'Fallback status point',
    'state-migration-point': 'State migration point',
    'app-catalog-website-point': 'Application Catalog website point',
    'app-catalog-web-service-point': 'Application Catalog web service point',
    'asset-intelligence-point': 'Asset Intelligence synchronization point',
    'certificate-registration-point': 'Certificate registration point',
    'endpoint-protection-point': 'Endpoint Protection point',
    'enrollment-point': 'Enrollment point',
    'enrollment-proxy-point': 'Enrollment proxy point',
    'scep-policy-module': 'Configuration Manager SCEP policy module',
    'data-warehouse-point': 'Data warehouse service point',
  },
  roleOptions: {
    pxe: 'PXE',
    multicast: 'multicast',
    https: 'HTTPS only',
    ssl: 'SSL',
    sqlPort: 'SQL port {{port}}',
    brokerPort: 'Service Broker port {{port}}',
    instance: 'instance {{name}}',
    wsusPorts: 'WSUS {{http}}/{{https}}',
    mode: '{{mode}} mode',
    proxy: 'proxy {{proxy}}',
    cidr: 'subnet {{cidr}}',
  },
  siteTypes: {
    cas: 'Central administration site',
    primary: 'Primary site',
    secondary: 'Secondary site',
  },
  status: {
    pass: 'Pass',
    warn: 'Warning',
    fail: 'Fail',
    unknown: 'Unknown',
    skipped: 'Not run',
    partial: 'Partly measured',
    untested: 'Not tested yet',
  },
  verdict: {
    open: 'open',
    closed: 'closed',
    filtered: 'filtered',
    unreachable: 'unreachable',
    'dns-failed': 'DNS failed',
    'wrong-protocol': 'wrong protocol',
    rejected: 'rejected',
    'no-response': 'no response',
    undetermined: 'undetermined',
    error: 'error',
    'not-tested': 'not tested',
    cancelled: 'cancelled',
  },
  probe: enProbe,
  endpoint: enEndpoint,
  endpoints: enEndpoints,
  logs: enLogs,
  fix: enFix,
  walkthrough: enWalkthrough,
  cli: {
    reportWritten: 'Wrote {{path}}',
    hereFound: 'This machine is {{system}} in the hierarchy; to check only the links that start here: --from {{system}}',
    reportNothing: 'report: say what to write (--html FILE, --out FILE.json, --firewall-csv FILE or --firewall-ps1 FILE)',
    diffHeading: 'Changes from {{baseline}} to {{current}}:',
    diffOtherHierarchy: 'Note: the two runs describe different hierarchies.',
    diffNone: 'No check changed.',
    diffLine: '  {{kind}}  {{what}}: {{before}} → {{after}}',
    diffKind: { fixed: 'FIXED  ', broke: 'BROKE  ', changed: 'CHANGED', new: 'NEW    ', gone: 'GONE   ' },
    diffUnchanged: 'Unchanged: {{pass}} passed, {{fail}} failed, {{other}} other.',
    walkthroughLine: '  {{id}}  {{title}}\n      {{symptom}}',
    walkthroughHeading: 'Walkthroughs ({{count}}):',
    usage: `Usage:
  netcheck plan      [--hierarchy FILE | --demo] [--from FQDN] [--only PROTO/PORT,...] [--install-ports] [--json]
  netcheck run       [--hierarchy FILE | --demo] [--from FQDN] [--only PROTO/PORT,...] [--timeout MS]
                     [--concurrency N] [--per-host N] [--dns HOST:PORT] [--ca FILE] [--json] [--out FILE]
                     [--endpoints [ENDPOINT OPTIONS]]
  netcheck endpoints [--hierarchy FILE | --demo] [--role ROLE,...] [--feature ID,...] [--cloud public|us-government]
                     [ENDPOINT OPTIONS] [--timeout MS] [--dns HOST:PORT] [--list] [--json] [--out FILE]
  netcheck probe PROBE HOST[:PORT] [--timeout MS] [--dns HOST:PORT] [--ca FILE] [--json]
                 PROBE: tcp, udp, rpc-epm, rpc-epm-udp, rpc-dynamic, smb, tds, broker, tftp, pxe,
                        dhcp, dhcp-discover, cmg, ntp
  netcheck probe https URL [ENDPOINT OPTIONS] [--timeout MS] [--dns HOST:PORT] [--json]
  netcheck logs FILE... | --sample  [--since TIME] [--follow] [--json] [--out FILE]
                 Dmpdownloader.log/.lo_, Dmpuploader.log or any ConfigMgr log; TIME: 2024-12-17T09:00,
                 an instant with Z or an offset, or a span back from now (90m, 2h, 1d)
  netcheck report IN.json... [--html FILE] [--out FILE.json] [--firewall-csv FILE] [--firewall-ps1 FILE] [--redact]
                 several IN.json measured on different machines are merged (each result keeps its machine)
  netcheck report --diff BASELINE.json CURRENT.json [--json]
  netcheck walkthrough list [--json]
  netcheck lookup CODE|MESSAGE   explain 0x80072EE2, -2147012894, 12002 or a log message

Endpoint options:
  --proxy URL|direct|environment   the proxy to test through (default: the site-system proxy of this
                                   machine in the hierarchy, else HTTPS_PROXY/HTTP_PROXY, else direct)
  --pac FILE                       choose the proxy per URL with this PAC file
  --proxy-user USER[:PASSWORD]     Basic credentials for the proxy (password from NETCHECK_PROXY_PASSWORD)
  --bypass LIST                    hosts reached directly with --proxy (*.corp.example;<local>)
  --ca FILE                        also trust the roots in this PEM file (private PKI)
  --expected-root FILE             accept this root as one Microsoft's endpoints use

Every command: --lang en|fr|nl (default: the system's language).

Exit codes: 0 nothing failed, 1 a check failed (logs: an error finding), 2 bad input, 130 interrupted.`,
    badInput: 'netcheck: {{message}}',
    hierarchyInvalid_one: '{{file}}: {{count}} problem:',
    hierarchyInvalid_other: '{{file}}: {{count}} problems:',
    hierarchyWarning: '{{file}}: warning: {{message}}',
    planHeader: 'Plan for "{{name}}": {{links}} links, {{checks}} checks to {{destinations}} destinations',
    planProbes: 'Checks by probe: {{list}}',
    planNotTested_one: '{{count}} check has no probe in this version and will be reported as not run.',
    planNotTested_other: '{{count}} checks have no probe in this version and will be reported as not run.',
    endpoints: {
      planHeader: 'Internet endpoints for "{{name}}": {{checks}} checks, {{untestable}} not testable',
      standsIn: 'stands in for {{patterns}}',
      route: 'Route: {{route}}. Roots the documents name:',
    },
    columns: {
      url: 'URL',
      features: 'FEATURES',
      flags: 'FLAGS',
      note: 'NOTE',
      destination: 'DESTINATION',
      port: 'PORT',
      probe: 'PROBE',
      neededBy: 'NEEDED BY',
      status: 'STATUS',
      summary: 'SUMMARY',
    },
    progress: '{{done}}/{{total}} checks · {{failed}} failed',
    runTotals_one: '{{count}} check in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s: {{pass}} passed, {{warn}} warnings, {{fail}} failed, {{unknown}} unknown, {{skipped}} not run',
    runTotals_other: '{{count}} checks in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s: {{pass}} passed, {{warn}} warnings, {{fail}} failed, {{unknown}} unknown, {{skipped}} not run',
    savedTo: 'Results written to {{file}}',
    interrupted: 'Interrupted: checks that had not finished are marked cancelled.',
    error: {
      lang: '--lang: expected {{languages}}',
      unexpectedArgument: '{{command}}: unexpected argument "{{argument}}"',
      unknownCommand: 'unknown command "{{command}}"',
      unknownOption: 'unknown option {{option}}',
      optionValue: '{{option}} needs a value',
      integer: '--{{name}}: expected an integer {{min}}-{{max}} (got "{{value}}")',
      dns: '--dns: expected an IP address with an optional port, such as 10.0.0.53:53 (got "{{value}}")',
      unknownValues: '--{{name}}: unknown {{unknown}}; known: {{known}}',
      cloud: '--cloud: expected public or us-government (got "{{value}}")',
      noPem: '--{{option}} {{file}}: no PEM certificate in the file',
      badCertificate: '--{{option}} {{file}}: a certificate could not be read ({{reason}})',
      proxyNoPassword: '--proxy: no password for {{user}} (set {{variable}}, or give USER:PASSWORD)',
      proxyUser: '--proxy-user: expected USER or USER:PASSWORD',
      proxyUserNoPassword: '--proxy-user {{user}}: no password (give USER:PASSWORD, or set {{variable}})',
      hierarchyAndDemo: '--hierarchy and --demo cannot be used together',
      logsBoth: 'logs: give files or --sample, not both',
      noSuchFile: '{{file}}: no such file',
      notAFile: '{{file}}: not a file',
      logsUnreadable: 'logs: the files could not be read',
      followNeedsFile: 'logs: --follow needs a file on disk',
      reportNeedsFiles: 'report: name the result documents to read (IN.json…)',
      diffNeedsTwo: 'report --diff: name exactly two result documents, the baseline first',
      walkthroughSubcommand: 'walkthrough: the only subcommand is "list"',
      probeUsage: 'probe: expected a probe id and HOST[:PORT], such as: netcheck probe tcp sql01.corp.example:1433',
      unknownProbe: 'probe: unknown probe "{{id}}"; available: {{available}}',
      portRequired: 'probe {{probe}}: a port is required ({{destination}})',
      notUrl: 'probe https: "{{destination}}" is not a URL such as https://go.microsoft.com/',
      unsupportedScheme: 'probe https: {{scheme}} URLs are not supported (https, http or tls)',
      tlsNeedsPort: 'probe https: a tls:// URL needs a port, such as tls://5-courier.push.apple.com:5223',
      hostPort: '"{{text}}": expected HOST:PORT',
      portRange: '"{{text}}": port must be 1-65535',
    },
  },
  dialog: {
    csv: 'Table for Excel (CSV)',
    svg: 'Diagram (SVG)',
    png: 'Picture (PNG)',
    ps1: 'PowerShell script',
    pdf: 'PDF report',
    log: 'ConfigMgr logs',
    hierarchy: 'Hierarchy (JSON or CSV)',
    hierarchyJson: 'Hierarchy (JSON)',
    table: 'Table (CSV)',
    pac: 'Proxy auto-configuration',
    result: 'Netcheck results (JSON)',
    json: 'JSON',
    html: 'HTML report',
  },  report: enReport,
  knowledge: enKnowledge,
  service: enService,
  endpointReference: enEndpointReference,
  issue: enIssue,
} as const;

/** The same keys with any string values: the shape every language must have. */
export type MessageTree = DeepStrings<typeof en>;
