import type { DeepStrings } from '../message-tree.ts';
import type { enProbe } from './en-probes.ts';

/** Samenvattingen van de protocolcontroles (`probe.<controle>.<uitkomst>`), zie `en-probes.ts`. */
export const nlProbe: DeepStrings<typeof enProbe> = {
  tcp: {
    open: 'TCP {{port}} open op {{address}}: verbonden in {{ms}} ms',
    closed: 'TCP {{port}} gesloten op {{address}}: de host heeft de verbinding geweigerd',
    filtered: 'TCP {{port}} gefilterd op {{address}}: geen antwoord binnen {{timeout}} ms (een firewall die pakketten laat vallen, of de host staat uit)',
    filteredEarly: 'TCP {{port}} gefilterd op {{address}}: geen antwoord op twee verbindingspogingen van {{budget}} ms, terwijl deze host op andere poorten antwoordt in {{rtt}} ms (een firewall die deze poort blokkeert)',
    unreachable: 'TCP {{port}}: {{address}} is onbereikbaar ({{code}}): geen route, of een router of firewall heeft het geweigerd',
    localBlock: 'TCP {{port}} naar {{address}} werd op deze machine geblokkeerd ({{code}}): een lokale firewallregel?',
    error: 'TCP {{port}} naar {{address}} kon niet worden getest: {{code}}',
  },
  rpc: {
    listed: 'RPC-eindpunttoewijzer op {{address}}:{{port}} antwoordde: {{count}} eindpunten, {{tcp}} op TCP (poorten {{ports}})',
    rejected: 'De RPC-eindpunttoewijzer op {{address}}:{{port}} heeft de binding geweigerd ({{how}}: {{reason}})',
    fault: 'De RPC-eindpunttoewijzer op {{address}}:{{port}} beantwoordde ept_lookup met fout 0x{{status}}',
    notRpc: 'TCP {{port}} op {{address}} is open maar antwoordde niet als RPC-eindpunttoewijzer: {{reason}}',
    noReply: 'TCP {{port}} op {{address}} aanvaardde de verbinding maar beantwoordde de RPC-binding niet binnen {{timeout}} ms',
    closedEarly: 'TCP {{port}} op {{address}} aanvaardde de verbinding en sloot ze daarna zonder de RPC-binding te beantwoorden',
  },
  smb: {
    negotiatedSigningRequired: 'SMB {{dialect}} onderhandeld met {{address}}:{{port}}; de server vereist ondertekening',
    negotiatedSigningEnabled: 'SMB {{dialect}} onderhandeld met {{address}}:{{port}}; ondertekening ingeschakeld, niet vereist',
    negotiatedSigningOff: 'SMB {{dialect}} onderhandeld met {{address}}:{{port}}; ondertekening niet aangeboden',
    smb1Only: 'Alleen SMB1 ({{dialect}}) antwoordt op {{address}}:{{port}}: Windows-versies zonder SMB1 kunnen geen verbinding maken',
    refused: 'De SMB-server op {{address}}:{{port}} heeft de onderhandeling geweigerd (status 0x{{status}})',
    notSmb: 'TCP {{port}} op {{address}} is open maar antwoordde niet als SMB: {{reason}}',
    silent: 'TCP {{port}} op {{address}} aanvaardde de verbinding maar beantwoordde binnen {{timeout}} ms geen SMB2- en geen SMB1-onderhandeling',
  },
  tds: {
    answered: 'SQL Server {{version}} beantwoordde PRELOGIN op {{address}}:{{port}}; versleuteling: {{encryption}}',
    strict: 'Strikte TDS 8-versleuteling op {{address}}:{{port}}: geen antwoord op PRELOGIN, maar eerst een voltooide TLS-handshake ({{protocol}}); certificaat {{subject}}',
    notTds: 'TCP {{port}} op {{address}} is open maar antwoordde niet als SQL Server (TDS): {{reason}}',
    silent: 'TCP {{port}} op {{address}} aanvaardde de verbinding maar beantwoordde binnen {{timeout}} ms geen TDS-PRELOGIN en geen TLS-handshake',
  },
  broker: {
    open: 'TCP {{port}} open op {{address}}: het Service Broker-eindpunt aanvaardt verbindingen. Alleen bereikbaarheid: de handshake heeft geen openbare specificatie om verder te testen',
  },
  udp: {
    reply: 'UDP {{port}} op {{address}} antwoordde ({{bytes}} bytes)',
    closed: 'UDP {{port}} gesloten op {{address}}: de host antwoordde met een ICMP port unreachable',
    epmClosed: 'UDP 135 gesloten op {{address}}: verwacht op huidige Windows-versies, die RPC niet meer via UDP aanbieden (MS-RPCE 3.2); ConfigMgr gebruikt de eindpunttoewijzer op TCP 135',
    silent: 'UDP {{port}} op {{address}}: geen antwoord na {{attempts}} datagram(men). UDP antwoordt niet als de poort open is en ook niet als ze gefilterd is, dus dit kan niet zeggen welke',
    silentWindows: 'UDP {{port}} op {{address}}: geen antwoord. Onder Windows lijkt een gesloten UDP-poort ook op stilte, dus open, gesloten en gefilterd zijn niet te onderscheiden',
    error: 'UDP {{port}} naar {{address}} kon niet worden getest: {{code}}',
  },
  tftp: {
    answered: 'TFTP-server op {{address}} antwoordde vanaf poort {{replyPort}}: {{answer}}',
    dynamicPort: 'TFTP-server op {{address}} antwoordde vanaf poort {{replyPort}}, niet 69: firewalls moeten antwoorden vanaf de dynamische poorten toestaan (seed 003, opmerking 4). Antwoord: {{answer}}',
    notTftp: 'UDP 69 op {{address}} antwoordde, maar niet als TFTP: {{reason}}',
  },
  pxe: {
    answered: 'PXE-opstartserver op {{address}}:{{port}} bood opstartbestand {{bootFile}} aan voor {{arch}} (server {{serverName}})',
    noBootFile: 'PXE-opstartserver op {{address}}:{{port}} antwoordde ({{type}}) maar bood geen opstartbestand aan voor {{arch}}',
    notPxe: 'UDP {{port}} op {{address}} antwoordde, maar niet als PXE-opstartserver: {{reason}}',
  },
  dhcp: {
    informAck: 'DHCP-server op {{address}} beantwoordde DHCPINFORM met {{type}} (server-id {{server}})',
    noListener: 'DHCPINFORM verzonden naar {{address}}; het antwoord komt op UDP 68, waarop deze machine niet kon luisteren ({{code}}): niet te zeggen',
    offers_one: 'DHCPDISCOVER-broadcast: {{count}} aanbieding, van {{servers}}',
    offers_other: 'DHCPDISCOVER-broadcast: {{count}} aanbiedingen, van {{servers}}',
    noOffers: 'DHCPDISCOVER-broadcast: geen aanbieding binnen {{wait}} ms (geen DHCP- of ProxyDHCP-server op dit segment, of geblokkeerd)',
    expectedMissing: 'DHCPDISCOVER-broadcast: aanbiedingen van {{servers}}, maar geen van {{expected}}',
    needsRoot: 'DHCPDISCOVER heeft UDP-poort 68 en broadcast nodig ({{code}}): voer uit als beheerder/root, of gebruik de standaardcontrole met DHCPINFORM',
    broadcastFailed: 'DHCPDISCOVER kon vanaf deze machine niet worden uitgezonden ({{code}}): geen interface routeert 255.255.255.255',
    notDhcp: 'UDP {{port}} op {{address}} antwoordde, maar niet als DHCP: {{reason}}',
  },
  cmg: {
    handshake: 'CMG {{host}} poort {{port}} ({{channel}}): TLS {{protocol}} met certificaat {{subject}}, verleend door {{issuer}}, geldig tot {{validTo}}',
    untrusted: 'CMG {{host}} poort {{port}} ({{channel}}): TLS {{protocol}}, maar deze machine vertrouwt het certificaat {{subject}} niet ({{reason}}); het verbindingspunt moet de verlener vertrouwen',
    expired: 'CMG {{host}} poort {{port}} ({{channel}}): het certificaat {{subject}} is verlopen op {{validTo}}; het verbindingspunt zal het weigeren',
    notTls: 'CMG {{host}} poort {{port}} ({{channel}}): TCP open maar geen TLS-handshake ({{reason}})',
    usesTcpTls: 'Het verbindingspunt gebruikt TCP-TLS (poorten {{ports}})',
    usesHttps: 'TCP-TLS is geblokkeerd ({{blocked}}); het verbindingspunt valt terug op HTTPS op {{ports}}, wat werkt',
    usesNone: 'Noch TCP-TLS ({{primary}}) noch de HTTPS-terugval ({{fallback}}) werkt: het verbindingspunt kan het CMG-kanaal niet opbouwen',
    fallbackNotNeeded: 'Niet gebruikt zolang TCP-TLS werkt',
  },
  rpcDynamic: {
    reachable: 'TCP 135 en alle {{count}} dynamische RPC-poorten die de eindpunttoewijzer aankondigde zijn bereikbaar ({{ports}})',
    blocked: '135 open, dynamisch bereik geblokkeerd: geen van de {{count}} aangekondigde dynamische RPC-poorten is bereikbaar ({{ports}})',
    partly: '135 open, dynamisch bereik deels geblokkeerd: {{blocked}} van de {{count}} aangekondigde dynamische RPC-poorten onbereikbaar ({{ports}})',
    noEndpoints: 'De eindpunttoewijzer op {{address}} kondigt geen dynamische TCP-poorten aan: niets te testen',
    epmFailed: 'Dynamische RPC-poorten onbekend: {{reason}}',
  },
  dns: {
    failed: 'DNS: {{host}} kon niet worden omgezet ({{code}})',
    timeout: 'DNS: geen antwoord voor {{host}} binnen {{timeout}} ms',
  },
  notTested: {
    range: '{{transport}} {{port}} niet getest: een poortbereik kan niet als één poort worden getest',
    wakeOnLan: 'UDP {{port}} (Wake on LAN) niet testbaar: magic packets krijgen nooit antwoord, dus niets wat van hier wordt verzonden kan aantonen dat ze een slapende computer bereiken',
    unknownProbe: 'Niet getest: er is geen controle met de naam "{{probe}}" beschikbaar',
  },
  cancelled: 'Geannuleerd voordat het klaar was',
  stuck: 'De controle stopte niet binnen de time-out; resultaat verworpen',
  crashed: 'De controle is onverwacht mislukt: {{message}}',
};
