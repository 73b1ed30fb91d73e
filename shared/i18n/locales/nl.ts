import type { MessageTree } from './en.ts';
import { nlEndpoint, nlEndpoints, nlUiEndpoints } from './nl-endpoint.ts';
import { nlLogs, nlUiLogs } from './nl-logs.ts';
import { nlFix, nlUiTopology } from './nl-topology.ts';
import { nlUiWalkthroughs, nlWalkthrough } from './nl-walkthroughs.ts';
import { nlReport } from './nl-report.ts';
import { nlUiEditor, nlUiHierarchy } from './nl-hierarchy.ts';
import { nlProbe } from './nl-probes.ts';
import { nlKnowledge } from './nl-knowledge.ts';
import { nlEndpointReference, nlService } from './nl-catalogue.ts';
import { nlIssue } from './nl-issues.ts';

/**
 * Nederlandse teksten: dezelfde sleutels als het Engels (het type `MessageTree` dwingt dat af).
 *
 * De termen volgen de Nederlandse documentatie van Configuration Manager (distributiepunt,
 * serviceverbindingspunt, beheerpunt, cloudbeheergateway…), die de gebruikers lezen.
 */
export const nl: MessageTree = {
  meta: { lang: 'nl' },
  app: {
    title: 'ConfigMgr Netcheck',
    tagline: 'Netwerkcontroles voor Configuration Manager-hiërarchieën',
    nav: {
      label: 'Weergaven',
      hierarchy: 'Hiërarchie',
      checks: 'Controles',
      endpoints: 'Eindpunten',
      logs: 'Logboeken',
      topology: 'Topologie',
      walkthroughs: 'Begeleide procedures',
    
  report: 'Rapport',
    },
    demoBadge: 'Demohiërarchie',
    loadingView: 'Laden…',
    vantage: 'Draait op {{hostname}}',
    language: { label: 'Taal', system: 'Systeemtaal ({{language}})' },
    settingsNotice: 'Het instellingenbestand kon niet worden gelezen ({{reason}}); het is opzijgezet als settings.json.corrupt en de standaardwaarden worden gebruikt.',
  },
  format: {
    dateTime: '{{value, datetime(dateStyle: medium; timeStyle: medium)}}',
    time: '{{value, datetime(timeStyle: medium)}}',
    longDateTime: '{{value, datetime(dateStyle: long; timeStyle: long)}}',
    seconds: '{{value, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s',
    dynamicPort: 'dynamisch',
    linkReason: '{{from}} → {{to}}: {{service}}',
    dynamicRpcRange: 'dynamische RPC (49152-65535)',
  },
  ui: {
    common: {
      dismiss: 'Sluiten',
      close: 'Sluiten',
      none: 'geen',
    },
    hierarchy: nlUiHierarchy,
    editor: nlUiEditor,
    checks: {
      heading: 'Controles',
      intro: 'Voert elke geplande controle uit vanaf deze machine. De resultaten tonen wat er werd verzonden, waarheen, en wat er terugkwam.',
      timeout: 'Time-out per controle (ms)',
      run: 'Controles uitvoeren',
      cancel: 'Annuleren',
      planned: '{{checks}} controles gepland voor {{links}} verbindingen',
      progress: '{{done}} van {{total}} controles · {{failed}} mislukt',
      finished: 'Klaar: {{done}} van {{total}} controles',
      openedFrom: 'Opgeslagen uitvoering geopend uit {{path}}',
      columns: { status: 'Status', destination: 'Bestemming', port: 'Poort', probe: 'Controle', summary: 'Resultaat' },
      waiting: 'Wachten',
      running: 'Bezig…',
      evidence: 'Bewijs',
      neededBy: 'Nodig voor',
      runFailed: 'De uitvoering kon niet starten: {{message}}',
      noRun: 'Er zijn nog geen controles uitgevoerd.',
      includeEndpoints: 'Ook de internet-eindpunten controleren (instellingen in Eindpunten)',
      hereFound: 'Deze machine is {{system}} (herkend aan de {{by}}).',
      hereBy: { name: 'naam', address: 'adres' },
      hereAmbiguous: 'De naam van deze machine komt overeen met meerdere systemen ({{systems}}): elke controle wordt gepland.',
      hereElsewhere: 'Deze machine staat niet in de hiërarchie: de controles beschrijven de paden vanaf waar ze staat.',
      fromHere_one: 'Alleen de verbinding die hier begint ({{count}} controle)',
      fromHere_other: 'Alleen de verbindingen die hier beginnen ({{count}} controles)',
    },
    endpoints: nlUiEndpoints,
    logs: nlUiLogs,
    topology: nlUiTopology,
    walkthroughs: nlUiWalkthroughs,
    report: {
      heading: 'Rapport',
      intro: 'Sla deze uitvoering op voor een andere engineer: JSON wordt opnieuw geopend in de app; HTML opent in elke browser, zonder netwerk.',
      saveJson: 'Resultaten opslaan (JSON)',
      saveHtml: 'Rapport opslaan (HTML)',
      savePdf: 'Rapport opslaan (PDF)',
      diffHeading: 'Wat veranderde sinds een basislijn',
      diffChoose: 'Vergelijken met een opgeslagen uitvoering…',
      diffSince: 'Sinds {{name}} ({{at}}):',
      diffKind: { fixed: 'Opgelost', broke: 'Kapot', changed: 'Gewijzigd', new: 'Nieuw', gone: 'Verdwenen' },
      saveFirewallCsv: 'Wijzigingsaanvraag voor de firewall (CSV)…',
      saveFirewallPs1: 'Firewallregels (PowerShell)…',
      redact: 'Hostnamen, adressen en gebruikersnamen maskeren',
      language: 'Taal van het rapport',
      open: 'Opgeslagen uitvoeringen openen…',
      openHint: 'Kies meerdere uitvoeringen (netcheck run --json op elke siteserver) om elke richting te zien, gemeten vanaf de eigen bron.',
      vantages: 'Gemeten vanaf {{count}} machines: {{names}}',
      saved: 'Opgeslagen in {{path}}',
      saveFailed: 'Opslaan mislukt: {{message}}',
      nothing: 'Voer eerst de controles uit, of open een opgeslagen uitvoering.',
      counts: 'Resultaten',
    },
  },
  roles: {
    'site-server': 'Siteserver',
    'site-database': 'Sitedatabaseserver',
    'sms-provider': 'SMS-provider',
    'management-point': 'Beheerpunt',
    'distribution-point': 'Distributiepunt',
    'software-update-point': 'Software-updatepunt',
    'service-connection-point': 'Serviceverbindingspunt',
    'cmg-connection-point': 'CMG-verbindingspunt',
    'reporting-point': 'Reporting Services-punt',
    console: 'Configuration Manager-console',
    'client-subnet': 'Clientsubnet',
    cmg: 'Cloudbeheergateway',
    internet: 'Internet',
    'microsoft-intune': 'Microsoft Intune',
    azure: 'Azure',
    'domain-controller': 'Domeincontroller',
    'issuing-ca': 'Verlenende certificeringsinstantie',
    'cloud-distribution-point': 'Clouddistributiepunt',
    'fallback-status-point': 'Terugvalstatuspunt',
    'state-migration-point': 'Statusmigratiepunt',
    'app-catalog-website-point': 'Websitepunt van de toepassingscatalogus',
    'app-catalog-web-service-point': 'Webservicepunt van de toepassingscatalogus',
    'asset-intelligence-point': 'Asset Intelligence-synchronisatiepunt',
    'certificate-registration-point': 'Certificaatregistratiepunt',
    'endpoint-protection-point': 'Endpoint Protection-punt',
    'enrollment-point': 'Inschrijvingspunt',
    'enrollment-proxy-point': 'Inschrijvingsproxypunt',
    'scep-policy-module': 'Configuration Manager SCEP-beleidsmodule',
    'data-warehouse-point': 'Datawarehouseservicepunt',
  },
  roleOptions: {
    pxe: 'PXE',
    multicast: 'multicast',
    https: 'alleen HTTPS',
    ssl: 'SSL',
    sqlPort: 'SQL-poort {{port}}',
    brokerPort: 'Service Broker-poort {{port}}',
    instance: 'exemplaar {{name}}',
    wsusPorts: 'WSUS {{http}}/{{https}}',
    mode: 'modus {{mode}}',
    proxy: 'proxy {{proxy}}',
    cidr: 'subnet {{cidr}}',
  },
  siteTypes: {
    cas: 'Centrale beheersite',
    primary: 'Primaire site',
    secondary: 'Secundaire site',
  },
  status: {
    pass: 'Geslaagd',
    warn: 'Waarschuwing',
    fail: 'Mislukt',
    unknown: 'Onbepaald',
    skipped: 'Niet uitgevoerd',
    partial: 'Deels gemeten',
    untested: 'Nog niet getest',
  },
  verdict: {
    open: 'open',
    closed: 'gesloten',
    filtered: 'gefilterd',
    unreachable: 'onbereikbaar',
    'dns-failed': 'DNS mislukt',
    'wrong-protocol': 'verkeerd protocol',
    rejected: 'geweigerd',
    'no-response': 'geen antwoord',
    undetermined: 'onbepaald',
    error: 'fout',
    'not-tested': 'niet getest',
    cancelled: 'geannuleerd',
  },
  probe: nlProbe,
  endpoint: nlEndpoint,
  endpoints: nlEndpoints,
  logs: nlLogs,
  fix: nlFix,
  walkthrough: nlWalkthrough,
  cli: {
    reportWritten: '{{path}} geschreven',
    hereFound: 'Deze machine is {{system}} in de hiërarchie; om alleen de verbindingen te controleren die hier beginnen: --from {{system}}',
    reportNothing: 'report: zeg wat er geschreven moet worden (--html BESTAND, --out BESTAND.json, --firewall-csv BESTAND of --firewall-ps1 BESTAND)',
    diffHeading: 'Wijzigingen van {{baseline}} naar {{current}}:',
    diffOtherHierarchy: 'Opmerking: de twee uitvoeringen beschrijven verschillende hiërarchieën.',
    diffNone: 'Geen enkele controle is gewijzigd.',
    diffLine: '  {{kind}}  {{what}}: {{before}} → {{after}}',
    diffKind: { fixed: 'OPGELOST ', broke: 'KAPOT    ', changed: 'GEWIJZIGD', new: 'NIEUW    ', gone: 'VERDWENEN' },
    diffUnchanged: 'Ongewijzigd: {{pass}} geslaagd, {{fail}} mislukt, {{other}} overige.',
    walkthroughLine: '  {{id}}  {{title}}\n      {{symptom}}',
    walkthroughHeading: 'Begeleide procedures ({{count}}):',
    usage: `Gebruik:
  netcheck plan      [--hierarchy BESTAND | --demo] [--from FQDN] [--only PROTO/POORT,...] [--install-ports] [--json]
  netcheck run       [--hierarchy BESTAND | --demo] [--from FQDN] [--only PROTO/POORT,...] [--timeout MS]
                     [--concurrency N] [--per-host N] [--dns HOST:POORT] [--ca BESTAND] [--json] [--out BESTAND]
                     [--endpoints [EINDPUNTOPTIES]]
  netcheck endpoints [--hierarchy BESTAND | --demo] [--role ROL,...] [--feature ID,...] [--cloud public|us-government]
                     [EINDPUNTOPTIES] [--timeout MS] [--dns HOST:POORT] [--list] [--json] [--out BESTAND]
  netcheck probe CONTROLE HOST[:POORT] [--timeout MS] [--dns HOST:POORT] [--ca BESTAND] [--json]
                 CONTROLE: tcp, udp, rpc-epm, rpc-epm-udp, rpc-dynamic, smb, tds, broker, tftp, pxe,
                           dhcp, dhcp-discover, cmg, ntp
  netcheck probe https URL [EINDPUNTOPTIES] [--timeout MS] [--dns HOST:POORT] [--json]
  netcheck logs BESTAND... | --sample  [--since TIJD] [--follow] [--json] [--out BESTAND]
                 Dmpdownloader.log/.lo_, Dmpuploader.log of een ander ConfigMgr-logboek; TIJD: 2024-12-17T09:00,
                 een tijdstip met Z of een verschuiving, of een periode terug vanaf nu (90m, 2h, 1d)
  netcheck report IN.json... [--html BESTAND] [--out BESTAND.json] [--firewall-csv BESTAND] [--firewall-ps1 BESTAND] [--redact]
                 meerdere IN.json gemeten op verschillende machines worden samengevoegd (elk resultaat houdt zijn machine)
  netcheck report --diff BASISLIJN.json HUIDIG.json [--json]
  netcheck walkthrough list [--json]
  netcheck lookup CODE|BERICHT   verklaart 0x80072EE2, -2147012894, 12002 of een logboekbericht

Eindpuntopties:
  --proxy URL|direct|environment   de proxy om via te testen (standaard: de sitesysteemproxy van deze
                                   machine in de hiërarchie, anders HTTPS_PROXY/HTTP_PROXY, anders rechtstreeks)
  --pac BESTAND                    de proxy per URL kiezen met dit PAC-bestand
  --proxy-user GEBRUIKER[:WACHTWOORD]  Basic-referenties voor de proxy (wachtwoord uit NETCHECK_PROXY_PASSWORD)
  --bypass LIJST                   hosts die met --proxy rechtstreeks worden bereikt (*.corp.example;<local>)
  --ca BESTAND                     ook de basiscertificaten in dit PEM-bestand vertrouwen (eigen PKI)
  --expected-root BESTAND          dit basiscertificaat aanvaarden als een van die van de Microsoft-eindpunten

Elke opdracht: --lang en|fr|nl (standaard: de taal van het systeem).

Afsluitcodes: 0 niets mislukt, 1 een controle mislukt (logs: een foutbevinding), 2 ongeldige invoer, 130 onderbroken.`,
    badInput: 'netcheck: {{message}}',
    hierarchyInvalid_one: '{{file}}: {{count}} probleem:',
    hierarchyInvalid_other: '{{file}}: {{count}} problemen:',
    hierarchyWarning: '{{file}}: waarschuwing: {{message}}',
    planHeader: 'Plan voor "{{name}}": {{links}} verbindingen, {{checks}} controles naar {{destinations}} bestemmingen',
    planProbes: 'Controles per type: {{list}}',
    planNotTested_one: '{{count}} controle heeft in deze versie geen test en wordt gemeld als niet uitgevoerd.',
    planNotTested_other: '{{count}} controles hebben in deze versie geen test en worden gemeld als niet uitgevoerd.',
    endpoints: {
      planHeader: 'Internet-eindpunten voor "{{name}}": {{checks}} controles, {{untestable}} niet testbaar',
      standsIn: 'staat voor {{patterns}}',
      route: 'Route: {{route}}. Basiscertificaten die de documenten noemen:',
    },
    columns: {
      url: 'URL',
      features: 'FUNCTIES',
      flags: 'KENMERKEN',
      note: 'OPMERKING',
      destination: 'BESTEMMING',
      port: 'POORT',
      probe: 'CONTROLE',
      neededBy: 'NODIG VOOR',
      status: 'STATUS',
      summary: 'SAMENVATTING',
    },
    progress: '{{done}}/{{total}} controles · {{failed}} mislukt',
    runTotals_one: '{{count}} controle in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s: {{pass}} geslaagd, {{warn}} waarschuwingen, {{fail}} mislukt, {{unknown}} onbepaald, {{skipped}} niet uitgevoerd',
    runTotals_other: '{{count}} controles in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s: {{pass}} geslaagd, {{warn}} waarschuwingen, {{fail}} mislukt, {{unknown}} onbepaald, {{skipped}} niet uitgevoerd',
    savedTo: 'Resultaten geschreven naar {{file}}',
    interrupted: 'Onderbroken: controles die nog niet klaar waren, zijn gemarkeerd als geannuleerd.',
    error: {
      lang: '--lang: {{languages}} verwacht',
      unexpectedArgument: '{{command}}: onverwacht argument "{{argument}}"',
      unknownCommand: 'onbekende opdracht "{{command}}"',
      unknownOption: 'onbekende optie {{option}}',
      optionValue: '{{option}} heeft een waarde nodig',
      integer: '--{{name}}: geheel getal van {{min}} tot {{max}} verwacht (gevonden: "{{value}}")',
      dns: '--dns: IP-adres verwacht, met een optionele poort, bijvoorbeeld 10.0.0.53:53 (gevonden: "{{value}}")',
      unknownValues: '--{{name}}: onbekend: {{unknown}}; bekend: {{known}}',
      cloud: '--cloud: public of us-government verwacht (gevonden: "{{value}}")',
      noPem: '--{{option}} {{file}}: geen PEM-certificaat in het bestand',
      badCertificate: '--{{option}} {{file}}: een certificaat kon niet worden gelezen ({{reason}})',
      proxyNoPassword: '--proxy: geen wachtwoord voor {{user}} (stel {{variable}} in, of geef GEBRUIKER:WACHTWOORD)',
      proxyUser: '--proxy-user: GEBRUIKER of GEBRUIKER:WACHTWOORD verwacht',
      proxyUserNoPassword: '--proxy-user {{user}}: geen wachtwoord (geef GEBRUIKER:WACHTWOORD, of stel {{variable}} in)',
      hierarchyAndDemo: '--hierarchy en --demo kunnen niet samen worden gebruikt',
      logsBoth: 'logs: geef bestanden of --sample, niet allebei',
      noSuchFile: '{{file}}: bestand niet gevonden',
      notAFile: '{{file}}: geen bestand',
      logsUnreadable: 'logs: de bestanden konden niet worden gelezen',
      followNeedsFile: 'logs: --follow heeft een bestand op schijf nodig',
      reportNeedsFiles: 'report: noem de resultatendocumenten die gelezen moeten worden (IN.json…)',
      diffNeedsTwo: 'report --diff: noem precies twee resultatendocumenten, de basislijn eerst',
      walkthroughSubcommand: 'walkthrough: de enige subopdracht is "list"',
      probeUsage: 'probe: een controle-id en HOST[:POORT] verwacht, bijvoorbeeld: netcheck probe tcp sql01.corp.example:1433',
      unknownProbe: 'probe: onbekende controle "{{id}}"; beschikbaar: {{available}}',
      portRequired: 'probe {{probe}}: een poort is verplicht ({{destination}})',
      notUrl: 'probe https: "{{destination}}" is geen URL zoals https://go.microsoft.com/',
      unsupportedScheme: 'probe https: {{scheme}}-URL’s worden niet ondersteund (https, http of tls)',
      tlsNeedsPort: 'probe https: een tls://-URL heeft een poort nodig, bijvoorbeeld tls://5-courier.push.apple.com:5223',
      hostPort: '"{{text}}": HOST:POORT verwacht',
      portRange: '"{{text}}": de poort moet tussen 1 en 65535 liggen',
    },
  },
  dialog: {
    csv: 'Tabel voor Excel (CSV)',
    svg: 'Diagram (SVG)',
    png: 'Afbeelding (PNG)',
    ps1: 'PowerShell-script',
    pdf: 'PDF-rapport',
    log: 'ConfigMgr-logboeken',
    hierarchy: 'Hiërarchie (JSON of CSV)',
    hierarchyJson: 'Hiërarchie (JSON)',
    table: 'Tabel (CSV)',
    pac: 'Automatische proxyconfiguratie',
    result: 'Netcheck-resultaten (JSON)',
    json: 'JSON',
    html: 'HTML-rapport',
  },  report: nlReport,
  knowledge: nlKnowledge,
  service: nlService,
  endpointReference: nlEndpointReference,
  issue: nlIssue,
};
