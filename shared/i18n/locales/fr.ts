import type { MessageTree } from './en.ts';
import { frEndpoint, frEndpoints, frUiEndpoints } from './fr-endpoint.ts';
import { frLogs, frUiLogs } from './fr-logs.ts';
import { frFix, frUiTopology } from './fr-topology.ts';
import { frUiWalkthroughs, frWalkthrough } from './fr-walkthroughs.ts';
import { frReport } from './fr-report.ts';
import { frUiEditor, frUiHierarchy } from './fr-hierarchy.ts';
import { frProbe } from './fr-probes.ts';
import { frKnowledge } from './fr-knowledge.ts';
import { frEndpointReference, frService } from './fr-catalogue.ts';
import { frIssue } from './fr-issues.ts';

/**
 * Chaînes françaises : les mêmes clés que l’anglais (le type `MessageTree` l’impose).
 *
 * Les termes suivent l’édition française de la documentation de Configuration Manager (point de
 * distribution, point de connexion de service, passerelle de gestion cloud…), celle que lisent les
 * utilisateurs. French plurals: i18next also asks for `_many`, filled from `_other` by the translator.
 */
export const fr: MessageTree = {
  meta: { lang: 'fr' },
  app: {
    title: 'ConfigMgr Netcheck',
    tagline: 'Contrôles réseau des hiérarchies Configuration Manager',
    nav: {
      label: 'Vues',
      hierarchy: 'Hiérarchie',
      checks: 'Contrôles',
      endpoints: 'Points de terminaison',
      logs: 'Journaux',
      topology: 'Topologie',
      walkthroughs: 'Procédures guidées',
    
  report: 'Rapport',
    },
    demoBadge: 'Hiérarchie de démonstration',
    loadingView: 'Chargement…',
    vantage: 'Exécuté sur {{hostname}}',
    language: { label: 'Langue', system: 'Langue du système ({{language}})' },
    settingsNotice: 'Le fichier de paramètres n’a pas pu être lu ({{reason}}) ; il a été mis de côté sous le nom settings.json.corrupt et les valeurs par défaut sont utilisées.',
  },
  format: {
    dateTime: '{{value, datetime(dateStyle: medium; timeStyle: medium)}}',
    time: '{{value, datetime(timeStyle: medium)}}',
    longDateTime: '{{value, datetime(dateStyle: long; timeStyle: long)}}',
    seconds: '{{value, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s',
    dynamicPort: 'dynamique',
    linkReason: '{{from}} → {{to}} : {{service}}',
    dynamicRpcRange: 'RPC dynamique (49152-65535)',
  },
  ui: {
    common: {
      dismiss: 'Masquer',
      close: 'Fermer',
      none: 'aucun',
    },
    hierarchy: frUiHierarchy,
    editor: frUiEditor,
    checks: {
      heading: 'Contrôles',
      intro: 'Exécute chaque contrôle prévu depuis cette machine. Les résultats montrent ce qui a été envoyé, où, et ce qui est revenu.',
      timeout: 'Délai par contrôle (ms)',
      run: 'Exécuter les contrôles',
      cancel: 'Annuler',
      planned: '{{checks}} contrôles prévus pour {{links}} liaisons',
      progress: '{{done}} contrôles sur {{total}} · {{failed}} en échec',
      finished: 'Terminé : {{done}} contrôles sur {{total}}',
      openedFrom: 'Exécution enregistrée ouverte depuis {{path}}',
      columns: { status: 'État', destination: 'Destination', port: 'Port', probe: 'Sonde', summary: 'Résultat' },
      waiting: 'En attente',
      running: 'En cours…',
      evidence: 'Preuves',
      neededBy: 'Requis par',
      runFailed: 'L’exécution n’a pas pu démarrer : {{message}}',
      noRun: 'Aucun contrôle n’a encore été exécuté.',
      includeEndpoints: 'Contrôler aussi les points de terminaison Internet (paramètres dans Points de terminaison)',
      hereFound: 'Cette machine est {{system}} (reconnue par son {{by}}).',
      hereBy: { name: 'nom', address: 'adresse' },
      hereAmbiguous: 'Le nom de cette machine correspond à plusieurs systèmes ({{systems}}) : tous les contrôles sont prévus.',
      hereElsewhere: 'Cette machine n’est pas dans la hiérarchie : ses contrôles décrivent les chemins depuis l’endroit où elle se trouve.',
      fromHere_one: 'Seulement la liaison qui part d’ici ({{count}} contrôle)',
      fromHere_other: 'Seulement les liaisons qui partent d’ici ({{count}} contrôles)',
    },
    endpoints: frUiEndpoints,
    logs: frUiLogs,
    topology: frUiTopology,
    walkthroughs: frUiWalkthroughs,
    report: {
      heading: 'Rapport',
      intro: 'Enregistrez cette exécution pour un autre ingénieur : le JSON se rouvre dans l’application ; le HTML s’ouvre dans n’importe quel navigateur, sans réseau.',
      saveJson: 'Enregistrer les résultats (JSON)',
      saveHtml: 'Enregistrer le rapport (HTML)',
      savePdf: 'Enregistrer le rapport (PDF)',
      diffHeading: 'Ce qui a changé depuis une référence',
      diffChoose: 'Comparer à une exécution enregistrée…',
      diffSince: 'Depuis {{name}} ({{at}}) :',
      diffKind: { fixed: 'Corrigé', broke: 'Cassé', changed: 'Modifié', new: 'Nouveau', gone: 'Disparu' },
      saveFirewallCsv: 'Demande de modification du pare-feu (CSV)…',
      saveFirewallPs1: 'Règles de pare-feu (PowerShell)…',
      redact: 'Masquer les noms d’hôte, adresses et noms d’utilisateur',
      language: 'Langue du rapport',
      open: 'Ouvrir des exécutions enregistrées…',
      openHint: 'Choisissez plusieurs exécutions (netcheck run --json sur chaque serveur de site) pour voir chaque sens mesuré depuis sa propre source.',
      vantages: 'Mesuré depuis {{count}} machines : {{names}}',
      saved: 'Enregistré dans {{path}}',
      saveFailed: 'Enregistrement impossible : {{message}}',
      nothing: 'Exécutez d’abord les contrôles, ou ouvrez une exécution enregistrée.',
      counts: 'Résultats',
    },
  },
  roles: {
    'site-server': 'Serveur de site',
    'site-database': 'Serveur de base de données de site',
    'sms-provider': 'Fournisseur SMS',
    'management-point': 'Point de gestion',
    'distribution-point': 'Point de distribution',
    'software-update-point': 'Point de mise à jour logicielle',
    'service-connection-point': 'Point de connexion de service',
    'cmg-connection-point': 'Point de connexion de la passerelle de gestion cloud',
    'reporting-point': 'Point de Reporting Services',
    console: 'Console Configuration Manager',
    'client-subnet': 'Sous-réseau des clients',
    cmg: 'Passerelle de gestion cloud',
    internet: 'Internet',
    'microsoft-intune': 'Microsoft Intune',
    azure: 'Azure',
    'domain-controller': 'Contrôleur de domaine',
    'issuing-ca': 'Autorité de certification émettrice',
    'cloud-distribution-point': 'Point de distribution cloud',
    'fallback-status-point': 'Point d’état de secours',
    'state-migration-point': 'Point de migration d’état',
    'app-catalog-website-point': 'Point du site Web du catalogue des applications',
    'app-catalog-web-service-point': 'Point de service Web du catalogue des applications',
    'asset-intelligence-point': 'Point de synchronisation Asset Intelligence',
    'certificate-registration-point': 'Point d’enregistrement de certificat',
    'endpoint-protection-point': 'Point Endpoint Protection',
    'enrollment-point': 'Point d’inscription',
    'enrollment-proxy-point': 'Point proxy d’inscription',
    'scep-policy-module': 'Module de stratégie SCEP de Configuration Manager',
    'data-warehouse-point': 'Point de service de l’entrepôt de données',
  },
  roleOptions: {
    pxe: 'PXE',
    multicast: 'multidiffusion',
    https: 'HTTPS uniquement',
    ssl: 'SSL',
    sqlPort: 'port SQL {{port}}',
    brokerPort: 'port Service Broker {{port}}',
    instance: 'instance {{name}}',
    wsusPorts: 'WSUS {{http}}/{{https}}',
    mode: 'mode {{mode}}',
    proxy: 'proxy {{proxy}}',
    cidr: 'sous-réseau {{cidr}}',
  },
  siteTypes: {
    cas: 'Site d’administration centrale',
    primary: 'Site principal',
    secondary: 'Site secondaire',
  },
  status: {
    pass: 'Réussi',
    warn: 'Avertissement',
    fail: 'Échec',
    unknown: 'Indéterminé',
    skipped: 'Non exécuté',
    partial: 'Mesuré en partie',
    untested: 'Pas encore testé',
  },
  verdict: {
    open: 'ouvert',
    closed: 'fermé',
    filtered: 'filtré',
    unreachable: 'injoignable',
    'dns-failed': 'échec DNS',
    'wrong-protocol': 'mauvais protocole',
    rejected: 'rejeté',
    'no-response': 'aucune réponse',
    undetermined: 'indéterminé',
    error: 'erreur',
    'not-tested': 'non testé',
    cancelled: 'annulé',
  },
  probe: frProbe,
  endpoint: frEndpoint,
  endpoints: frEndpoints,
  logs: frLogs,
  fix: frFix,
  walkthrough: frWalkthrough,
  cli: {
    reportWritten: '{{path}} écrit',
    hereFound: 'Cette machine est {{system}} dans la hiérarchie ; pour ne contrôler que les liaisons qui partent d’ici : --from {{system}}',
    reportNothing: 'report : indiquez quoi écrire (--html FICHIER, --out FICHIER.json, --firewall-csv FICHIER ou --firewall-ps1 FICHIER)',
    diffHeading: 'Changements de {{baseline}} à {{current}} :',
    diffOtherHierarchy: 'Remarque : les deux exécutions décrivent des hiérarchies différentes.',
    diffNone: 'Aucun contrôle n’a changé.',
    diffLine: '  {{kind}}  {{what}} : {{before}} → {{after}}',
    diffKind: { fixed: 'CORRIGÉ ', broke: 'CASSÉ   ', changed: 'MODIFIÉ ', new: 'NOUVEAU ', gone: 'DISPARU ' },
    diffUnchanged: 'Inchangés : {{pass}} réussis, {{fail}} en échec, {{other}} autres.',
    walkthroughLine: '  {{id}}  {{title}}\n      {{symptom}}',
    walkthroughHeading: 'Procédures guidées ({{count}}) :',
    usage: `Utilisation :
  netcheck plan      [--hierarchy FICHIER | --demo] [--from FQDN] [--only PROTO/PORT,...] [--install-ports] [--json]
  netcheck run       [--hierarchy FICHIER | --demo] [--from FQDN] [--only PROTO/PORT,...] [--timeout MS]
                     [--concurrency N] [--per-host N] [--dns HÔTE:PORT] [--ca FICHIER] [--json] [--out FICHIER]
                     [--endpoints [OPTIONS DES POINTS DE TERMINAISON]]
  netcheck endpoints [--hierarchy FICHIER | --demo] [--role RÔLE,...] [--feature ID,...] [--cloud public|us-government]
                     [OPTIONS DES POINTS DE TERMINAISON] [--timeout MS] [--dns HÔTE:PORT] [--list] [--json] [--out FICHIER]
  netcheck probe SONDE HÔTE[:PORT] [--timeout MS] [--dns HÔTE:PORT] [--ca FICHIER] [--json]
                 SONDE : tcp, udp, rpc-epm, rpc-epm-udp, rpc-dynamic, smb, tds, broker, tftp, pxe,
                         dhcp, dhcp-discover, cmg, ntp
  netcheck probe https URL [OPTIONS DES POINTS DE TERMINAISON] [--timeout MS] [--dns HÔTE:PORT] [--json]
  netcheck logs FICHIER... | --sample  [--since MOMENT] [--follow] [--json] [--out FICHIER]
                 Dmpdownloader.log/.lo_, Dmpuploader.log ou tout journal ConfigMgr ; MOMENT : 2024-12-17T09:00,
                 un instant avec Z ou un décalage, ou une durée avant maintenant (90m, 2h, 1d)
  netcheck report IN.json... [--html FICHIER] [--out FICHIER.json] [--firewall-csv FICHIER] [--firewall-ps1 FICHIER] [--redact]
                 plusieurs IN.json mesurés sur des machines différentes sont fusionnés (chaque résultat garde sa machine)
  netcheck report --diff REFERENCE.json ACTUEL.json [--json]
  netcheck walkthrough list [--json]
  netcheck lookup CODE|MESSAGE   explique 0x80072EE2, -2147012894, 12002 ou un message de journal

Options des points de terminaison :
  --proxy URL|direct|environment   le proxy par lequel tester (par défaut : le proxy du système de site de
                                   cette machine dans la hiérarchie, sinon HTTPS_PROXY/HTTP_PROXY, sinon direct)
  --pac FICHIER                    choisir le proxy par URL avec ce fichier PAC
  --proxy-user UTILISATEUR[:MOT_DE_PASSE]  informations Basic pour le proxy (mot de passe depuis NETCHECK_PROXY_PASSWORD)
  --bypass LISTE                   hôtes joints directement avec --proxy (*.corp.example;<local>)
  --ca FICHIER                     approuver aussi les racines de ce fichier PEM (PKI privée)
  --expected-root FICHIER          accepter cette racine comme une de celles des points de terminaison Microsoft

Toutes les commandes : --lang en|fr|nl (par défaut : la langue du système).

Codes de sortie : 0 rien n’a échoué, 1 un contrôle a échoué (logs : un constat d’erreur), 2 entrée incorrecte, 130 interrompu.`,
    badInput: 'netcheck : {{message}}',
    hierarchyInvalid_one: '{{file}} : {{count}} problème :',
    hierarchyInvalid_other: '{{file}} : {{count}} problèmes :',
    hierarchyWarning: '{{file}} : avertissement : {{message}}',
    planHeader: 'Plan pour « {{name}} » : {{links}} liaisons, {{checks}} contrôles vers {{destinations}} destinations',
    planProbes: 'Contrôles par sonde : {{list}}',
    planNotTested_one: '{{count}} contrôle n’a pas de sonde dans cette version et sera signalé comme non exécuté.',
    planNotTested_other: '{{count}} contrôles n’ont pas de sonde dans cette version et seront signalés comme non exécutés.',
    endpoints: {
      planHeader: 'Points de terminaison Internet pour « {{name}} » : {{checks}} contrôles, {{untestable}} non testables',
      standsIn: 'représente {{patterns}}',
      route: 'Itinéraire : {{route}}. Racines citées par les documents :',
    },
    columns: {
      url: 'URL',
      features: 'FONCTIONNALITÉS',
      flags: 'INDICATEURS',
      note: 'NOTE',
      destination: 'DESTINATION',
      port: 'PORT',
      probe: 'SONDE',
      neededBy: 'REQUIS PAR',
      status: 'ÉTAT',
      summary: 'RÉSUMÉ',
    },
    progress: '{{done}}/{{total}} contrôles · {{failed}} en échec',
    runTotals_one: '{{count}} contrôle en {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s : {{pass}} réussis, {{warn}} avertissements, {{fail}} en échec, {{unknown}} indéterminés, {{skipped}} non exécutés',
    runTotals_other: '{{count}} contrôles en {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s : {{pass}} réussis, {{warn}} avertissements, {{fail}} en échec, {{unknown}} indéterminés, {{skipped}} non exécutés',
    savedTo: 'Résultats écrits dans {{file}}',
    interrupted: 'Interrompu : les contrôles non terminés sont marqués annulés.',
    error: {
      lang: '--lang : {{languages}} attendu',
      unexpectedArgument: '{{command}} : argument inattendu « {{argument}} »',
      unknownCommand: 'commande inconnue « {{command}} »',
      unknownOption: 'option inconnue {{option}}',
      optionValue: '{{option}} a besoin d’une valeur',
      integer: '--{{name}} : entier de {{min}} à {{max}} attendu (trouvé : « {{value}} »)',
      dns: '--dns : adresse IP attendue, avec un port facultatif, par exemple 10.0.0.53:53 (trouvé : « {{value}} »)',
      unknownValues: '--{{name}} : inconnu(s) {{unknown}} ; connus : {{known}}',
      cloud: '--cloud : public ou us-government attendu (trouvé : « {{value}} »)',
      noPem: '--{{option}} {{file}} : aucun certificat PEM dans le fichier',
      badCertificate: '--{{option}} {{file}} : un certificat n’a pas pu être lu ({{reason}})',
      proxyNoPassword: '--proxy : pas de mot de passe pour {{user}} (définissez {{variable}}, ou donnez UTILISATEUR:MOT_DE_PASSE)',
      proxyUser: '--proxy-user : UTILISATEUR ou UTILISATEUR:MOT_DE_PASSE attendu',
      proxyUserNoPassword: '--proxy-user {{user}} : pas de mot de passe (donnez UTILISATEUR:MOT_DE_PASSE, ou définissez {{variable}})',
      hierarchyAndDemo: '--hierarchy et --demo ne peuvent pas être utilisés ensemble',
      logsBoth: 'logs : donnez des fichiers ou --sample, pas les deux',
      noSuchFile: '{{file}} : fichier introuvable',
      notAFile: '{{file}} : ce n’est pas un fichier',
      logsUnreadable: 'logs : les fichiers n’ont pas pu être lus',
      followNeedsFile: 'logs : --follow a besoin d’un fichier sur disque',
      reportNeedsFiles: 'report : nommez les documents de résultats à lire (IN.json…)',
      diffNeedsTwo: 'report --diff : nommez exactement deux documents de résultats, la référence d’abord',
      walkthroughSubcommand: 'walkthrough : la seule sous-commande est « list »',
      probeUsage: 'probe : un identifiant de sonde et HÔTE[:PORT] attendus, par exemple : netcheck probe tcp sql01.corp.example:1433',
      unknownProbe: 'probe : sonde inconnue « {{id}} » ; disponibles : {{available}}',
      portRequired: 'probe {{probe}} : un port est obligatoire ({{destination}})',
      notUrl: 'probe https : « {{destination}} » n’est pas une URL telle que https://go.microsoft.com/',
      unsupportedScheme: 'probe https : les URL {{scheme}} ne sont pas prises en charge (https, http ou tls)',
      tlsNeedsPort: 'probe https : une URL tls:// a besoin d’un port, par exemple tls://5-courier.push.apple.com:5223',
      hostPort: '« {{text}} » : HÔTE:PORT attendu',
      portRange: '« {{text}} » : le port doit être compris entre 1 et 65535',
    },
  },
  dialog: {
    csv: 'Tableau pour Excel (CSV)',
    svg: 'Diagramme (SVG)',
    png: 'Image (PNG)',
    ps1: 'Script PowerShell',
    pdf: 'Rapport PDF',
    log: 'Journaux ConfigMgr',
    hierarchy: 'Hiérarchie (JSON ou CSV)',
    hierarchyJson: 'Hiérarchie (JSON)',
    table: 'Tableau (CSV)',
    pac: 'Configuration automatique du proxy',
    result: 'Résultats Netcheck (JSON)',
    json: 'JSON',
    html: 'Rapport HTML',
  },  report: frReport,
  knowledge: frKnowledge,
  service: frService,
  endpointReference: frEndpointReference,
  issue: frIssue,
};
