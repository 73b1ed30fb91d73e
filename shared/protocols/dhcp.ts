import { ByteReader, ByteWriter, TruncatedError, ascii, decodeAscii } from './bytes.ts';

/**
 * DHCP (RFC 2131/2132) and the PXE extensions (RFC 4578) as a PXE client speaks them: DISCOVER,
 * INFORM, and the REQUEST a PXE client sends to a boot server on UDP 4011 (a ProxyDHCP or WDS / the
 * ConfigMgr PXE responder), whose ACK names the boot file.
 *
 * A message is the fixed BOOTP part (op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr,
 * giaddr, chaddr[16], sname[64], file[128]), the magic cookie 63 82 53 63, then options as
 * type-length-value, ended by 255.
 */

/** DHCP message types (option 53). */
export const DHCP_TYPES: Record<number, string> = { 1: 'DISCOVER', 2: 'OFFER', 3: 'REQUEST', 4: 'DECLINE', 5: 'ACK', 6: 'NAK', 7: 'RELEASE', 8: 'INFORM' };

/** Client system architectures (option 93, RFC 4578 and IANA). */
export const PXE_ARCHITECTURES: Record<number, string> = { 0: 'x86 BIOS', 6: 'x86 UEFI', 7: 'x64 UEFI', 9: 'x64 UEFI (EBC)', 10: 'ARM32 UEFI', 11: 'ARM64 UEFI' };

/** What to put in a message. */
export interface DhcpRequestOptions {
  type: 'DISCOVER' | 'INFORM' | 'REQUEST';
  xid: number;
  mac: Uint8Array;
  clientAddress?: string;
  broadcast?: boolean;
  /** Present a PXE client: vendor class, architecture, network interface id, machine id. */
  pxe?: { architecture: number; machineId: Uint8Array };
}

function ipv4Bytes(address: string | undefined): number[] {
  if (!address) return [0, 0, 0, 0];
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? parts : [0, 0, 0, 0];
}

/** Builds a client message. */
export function buildDhcpMessage(options: DhcpRequestOptions): Uint8Array {
  const typeCode = Number(Object.entries(DHCP_TYPES).find(([, name]) => name === options.type)?.[0]);
  const w = new ByteWriter();
  w.u8(1).u8(1).u8(6).u8(0).u32be(options.xid).u16be(0).u16be(options.broadcast ? 0x8000 : 0);
  w.bytes(ipv4Bytes(options.clientAddress)).zeros(4).zeros(4).zeros(4);
  w.bytes(options.mac.subarray(0, 6)).zeros(10).zeros(64).zeros(128);
  w.bytes([0x63, 0x82, 0x53, 0x63]);
  w.u8(53).u8(1).u8(typeCode);
  if (options.pxe) {
    const arch = options.pxe.architecture;
    const vendor = ascii(`PXEClient:Arch:${String(arch).padStart(5, '0')}:UNDI:003016`);
    w.u8(60).u8(vendor.length).bytes(vendor);
    w.u8(93).u8(2).u16be(arch);
    w.u8(94).u8(3).bytes([1, 3, 16]);
    w.u8(97).u8(17).u8(0).bytes(options.pxe.machineId.subarray(0, 16));
  }
  w.u8(55).u8(8).bytes([1, 3, 6, 15, 43, 60, 66, 67]);
  w.u8(255);
  while (w.length < 300) w.u8(0);
  return w.toBytes();
}

/** A message from a DHCP, ProxyDHCP or PXE boot server. */
export interface DhcpReply {
  op: number;
  xid: number;
  messageType?: string;
  yourAddress: string;
  nextServer: string;
  /** The `sname` field, or option 66. */
  serverName?: string;
  /** The `file` field, or option 67. */
  bootFile?: string;
  serverIdentifier?: string;
  vendorClass?: string;
  subnetMask?: string;
  router?: string;
  dnsServers?: string[];
  hasPxeVendorOptions: boolean;
}

/** Parses a server's message. Never throws: anything else is `{ ok: false, reason }`. */
export function parseDhcpMessage(bytes: Uint8Array): { ok: true; reply: DhcpReply } | { ok: false; reason: string } {
  try {
    const r = new ByteReader(bytes);
    const op = r.u8('op');
    if (op !== 2) return { ok: false, reason: `BOOTP op ${op} instead of a reply (2)` };
    r.skip(3, 'htype, hlen, hops');
    const xid = r.u32be('xid');
    r.skip(4, 'secs, flags');
    r.skip(4, 'ciaddr');
    const yourAddress = Array.from(r.bytesOf(4, 'yiaddr')).join('.');
    const nextServer = Array.from(r.bytesOf(4, 'siaddr')).join('.');
    r.skip(4, 'giaddr');
    r.skip(16, 'chaddr');
    const sname = decodeAscii(r.bytesOf(64, 'sname'));
    const file = decodeAscii(r.bytesOf(128, 'file'));
    const cookie = r.bytesOf(4, 'magic cookie');
    if (cookie[0] !== 0x63 || cookie[1] !== 0x82 || cookie[2] !== 0x53 || cookie[3] !== 0x63) return { ok: false, reason: 'no DHCP magic cookie' };
    const reply: DhcpReply = { op, xid, yourAddress, nextServer, hasPxeVendorOptions: false, ...(sname ? { serverName: sname } : {}), ...(file ? { bootFile: file } : {}) };
    while (r.remaining > 0) {
      const code = r.u8('option code');
      if (code === 255) break;
      if (code === 0) continue;
      const value = r.bytesOf(r.u8('option length'), `option ${code}`);
      const address = (at = 0) => Array.from(value.subarray(at, at + 4)).join('.');
      if (code === 53) reply.messageType = DHCP_TYPES[value[0] ?? 0] ?? `type ${value[0]}`;
      else if (code === 54 && value.length === 4) reply.serverIdentifier = address();
      else if (code === 60) reply.vendorClass = decodeAscii(value);
      else if (code === 1 && value.length === 4) reply.subnetMask = address();
      else if (code === 3 && value.length >= 4) reply.router = address();
      else if (code === 6) reply.dnsServers = Array.from({ length: Math.floor(value.length / 4) }, (_, i) => address(i * 4));
      else if (code === 43) reply.hasPxeVendorOptions = true;
      else if (code === 66 && !reply.serverName) reply.serverName = decodeAscii(value);
      else if (code === 67 && !reply.bootFile) reply.bootFile = decodeAscii(value);
    }
    return { ok: true, reply };
  } catch (err) {
    if (err instanceof TruncatedError) return { ok: false, reason: err.message };
    throw err;
  }
}
