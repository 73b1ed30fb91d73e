import type { DeepStrings } from '../message-tree.ts';
import type { enProbe } from './en-probes.ts';

/** Résumés des sondes de protocole (`probe.<sonde>.<issue>`), voir `en-probes.ts`. */
export const frProbe: DeepStrings<typeof enProbe> = {
  tcp: {
    open: 'TCP {{port}} ouvert sur {{address}} : connecté en {{ms}} ms',
    closed: 'TCP {{port}} fermé sur {{address}} : l’hôte a refusé la connexion',
    filtered: 'TCP {{port}} filtré sur {{address}} : aucune réponse en {{timeout}} ms (un pare-feu qui ignore les paquets, ou l’hôte est arrêté)',
    filteredEarly: 'TCP {{port}} filtré sur {{address}} : aucune réponse à deux tentatives de connexion de {{budget}} ms, alors que cet hôte répond sur d’autres ports en {{rtt}} ms (un pare-feu qui bloque ce port)',
    unreachable: 'TCP {{port}} : {{address}} est injoignable ({{code}}) : pas de route, ou un routeur ou un pare-feu l’a rejeté',
    localBlock: 'TCP {{port}} vers {{address}} a été bloqué sur cette machine ({{code}}) : une règle de pare-feu locale ?',
    error: 'TCP {{port}} vers {{address}} n’a pas pu être testé : {{code}}',
  },
  rpc: {
    listed: 'Le mappeur de points de terminaison RPC sur {{address}}:{{port}} a répondu : {{count}} points de terminaison, {{tcp}} en TCP (ports {{ports}})',
    rejected: 'Le mappeur de points de terminaison RPC sur {{address}}:{{port}} a refusé la liaison ({{how}} : {{reason}})',
    fault: 'Le mappeur de points de terminaison RPC sur {{address}}:{{port}} a répondu à ept_lookup par l’erreur 0x{{status}}',
    notRpc: 'TCP {{port}} sur {{address}} est ouvert mais n’a pas répondu comme un mappeur de points de terminaison RPC : {{reason}}',
    noReply: 'TCP {{port}} sur {{address}} a accepté la connexion mais n’a pas répondu à la liaison RPC en {{timeout}} ms',
    closedEarly: 'TCP {{port}} sur {{address}} a accepté la connexion, puis l’a fermée sans répondre à la liaison RPC',
  },
  smb: {
    negotiatedSigningRequired: 'SMB {{dialect}} négocié avec {{address}}:{{port}} ; le serveur exige la signature',
    negotiatedSigningEnabled: 'SMB {{dialect}} négocié avec {{address}}:{{port}} ; signature activée, non exigée',
    negotiatedSigningOff: 'SMB {{dialect}} négocié avec {{address}}:{{port}} ; signature non proposée',
    smb1Only: 'Seul SMB1 ({{dialect}}) répond sur {{address}}:{{port}} : les versions de Windows sans SMB1 ne peuvent pas se connecter',
    refused: 'Le serveur SMB sur {{address}}:{{port}} a refusé la négociation (état 0x{{status}})',
    notSmb: 'TCP {{port}} sur {{address}} est ouvert mais n’a pas répondu en SMB : {{reason}}',
    silent: 'TCP {{port}} sur {{address}} a accepté la connexion mais n’a répondu ni à une négociation SMB2 ni à une négociation SMB1 en {{timeout}} ms',
  },
  tds: {
    answered: 'SQL Server {{version}} a répondu à PRELOGIN sur {{address}}:{{port}} ; chiffrement : {{encryption}}',
    strict: 'Chiffrement strict TDS 8 sur {{address}}:{{port}} : pas de réponse à PRELOGIN, mais une négociation TLS ({{protocol}}) a abouti d’abord ; certificat {{subject}}',
    notTds: 'TCP {{port}} sur {{address}} est ouvert mais n’a pas répondu comme SQL Server (TDS) : {{reason}}',
    silent: 'TCP {{port}} sur {{address}} a accepté la connexion mais n’a répondu ni à un PRELOGIN TDS ni à une négociation TLS en {{timeout}} ms',
  },
  broker: {
    open: 'TCP {{port}} ouvert sur {{address}} : le point de terminaison Service Broker accepte les connexions. Joignabilité seulement : sa négociation n’a pas de spécification publique permettant d’aller plus loin',
  },
  udp: {
    reply: 'UDP {{port}} sur {{address}} a répondu ({{bytes}} octets)',
    closed: 'UDP {{port}} fermé sur {{address}} : l’hôte a répondu par un ICMP port injoignable',
    epmClosed: 'UDP 135 fermé sur {{address}} : attendu sur les Windows actuels, qui ne servent plus RPC sur UDP (MS-RPCE 3.2) ; ConfigMgr utilise le mappeur de points de terminaison sur TCP 135',
    silent: 'UDP {{port}} sur {{address}} : aucune réponse après {{attempts}} datagramme(s). UDP ne répond pas quand il est ouvert et pas non plus quand il est filtré : impossible de trancher',
    silentWindows: 'UDP {{port}} sur {{address}} : aucune réponse. Sous Windows, un port UDP fermé ressemble aussi à un silence : impossible de distinguer ouvert, fermé ou filtré',
    error: 'UDP {{port}} vers {{address}} n’a pas pu être testé : {{code}}',
  },
  tftp: {
    answered: 'Le serveur TFTP sur {{address}} a répondu depuis le port {{replyPort}} : {{answer}}',
    dynamicPort: 'Le serveur TFTP sur {{address}} a répondu depuis le port {{replyPort}}, pas 69 : les pare-feu doivent autoriser les réponses depuis ses ports dynamiques (seed 003, note 4). Réponse : {{answer}}',
    notTftp: 'UDP 69 sur {{address}} a répondu, mais pas en TFTP : {{reason}}',
  },
  pxe: {
    answered: 'Le serveur de démarrage PXE sur {{address}}:{{port}} a proposé le fichier de démarrage {{bootFile}} pour {{arch}} (serveur {{serverName}})',
    noBootFile: 'Le serveur de démarrage PXE sur {{address}}:{{port}} a répondu ({{type}}) mais n’a proposé aucun fichier de démarrage pour {{arch}}',
    notPxe: 'UDP {{port}} sur {{address}} a répondu, mais pas comme un serveur de démarrage PXE : {{reason}}',
  },
  dhcp: {
    informAck: 'Le serveur DHCP sur {{address}} a répondu à DHCPINFORM par {{type}} (identifiant de serveur {{server}})',
    noListener: 'DHCPINFORM envoyé à {{address}} ; la réponse arrive sur UDP 68, que cette machine n’a pas pu écouter ({{code}}) : impossible de trancher',
    offers_one: 'Diffusion DHCPDISCOVER : {{count}} offre, de {{servers}}',
    offers_other: 'Diffusion DHCPDISCOVER : {{count}} offres, de {{servers}}',
    noOffers: 'Diffusion DHCPDISCOVER : aucune offre en {{wait}} ms (pas de serveur DHCP ni ProxyDHCP sur ce segment, ou bloqué)',
    expectedMissing: 'Diffusion DHCPDISCOVER : offres de {{servers}}, mais aucune de {{expected}}',
    needsRoot: 'DHCPDISCOVER a besoin du port UDP 68 et de la diffusion ({{code}}) : exécutez en administrateur/root, ou utilisez le contrôle DHCPINFORM par défaut',
    broadcastFailed: 'DHCPDISCOVER n’a pas pu être diffusé depuis cette machine ({{code}}) : aucune interface ne route 255.255.255.255',
    notDhcp: 'UDP {{port}} sur {{address}} a répondu, mais pas en DHCP : {{reason}}',
  },
  cmg: {
    handshake: 'CMG {{host}} port {{port}} ({{channel}}) : TLS {{protocol}} avec le certificat {{subject}}, émis par {{issuer}}, valide jusqu’au {{validTo}}',
    untrusted: 'CMG {{host}} port {{port}} ({{channel}}) : TLS {{protocol}}, mais cette machine n’approuve pas le certificat {{subject}} ({{reason}}) ; le point de connexion doit approuver son émetteur',
    expired: 'CMG {{host}} port {{port}} ({{channel}}) : le certificat {{subject}} a expiré le {{validTo}} ; le point de connexion le refusera',
    notTls: 'CMG {{host}} port {{port}} ({{channel}}) : TCP ouvert mais pas de négociation TLS ({{reason}})',
    usesTcpTls: 'Le point de connexion utilisera TCP-TLS (ports {{ports}})',
    usesHttps: 'TCP-TLS est bloqué ({{blocked}}) ; le point de connexion se replie sur HTTPS sur {{ports}}, qui fonctionne',
    usesNone: 'Ni TCP-TLS ({{primary}}) ni le repli HTTPS ({{fallback}}) ne fonctionnent : le point de connexion ne peut pas établir le canal CMG',
    fallbackNotNeeded: 'Non utilisé tant que TCP-TLS fonctionne',
  },
  rpcDynamic: {
    reachable: 'TCP 135 et les {{count}} ports RPC dynamiques annoncés par le mappeur de points de terminaison sont joignables ({{ports}})',
    blocked: '135 ouvert, plage dynamique bloquée : aucun des {{count}} ports RPC dynamiques annoncés n’est joignable ({{ports}})',
    partly: '135 ouvert, plage dynamique partiellement bloquée : {{blocked}} des {{count}} ports RPC dynamiques annoncés sont injoignables ({{ports}})',
    noEndpoints: 'Le mappeur de points de terminaison sur {{address}} n’annonce aucun port TCP dynamique : rien à tester',
    epmFailed: 'Ports RPC dynamiques inconnus : {{reason}}',
  },
  dns: {
    failed: 'DNS : {{host}} n’a pas pu être résolu ({{code}})',
    timeout: 'DNS : aucune réponse pour {{host}} en {{timeout}} ms',
  },
  notTested: {
    range: '{{transport}} {{port}} non testé : une plage de ports ne peut pas être sondée comme un seul port',
    wakeOnLan: 'UDP {{port}} (éveil par appel réseau) non testable : les paquets magiques ne reçoivent jamais de réponse, rien d’envoyé d’ici ne peut montrer qu’ils atteignent un ordinateur en veille',
    unknownProbe: 'Non testé : aucune sonde nommée « {{probe}} » n’est disponible',
  },
  cancelled: 'Annulé avant la fin',
  stuck: 'La sonde ne s’est pas arrêtée dans son délai ; résultat ignoré',
  crashed: 'La sonde a échoué de façon inattendue : {{message}}',
};
