import { ByteReader, ByteWriter, TruncatedError, bytesToUuid, decodeAscii } from './bytes.ts';

/**
 * The RPC endpoint mapper (interface e1af8308-5d1f-11c9-91a4-08002b14a0fa v3.0) and its
 * `ept_lookup` operation (opnum 2), which lists the endpoints registered on a server: the dynamic
 * ports that DCOM, WMI and other RPC services listen on.
 *
 * Request stub (NDR): inquiry_type (0 = all elements), null object pointer, null interface pointer,
 * vers_option (1 = all versions), the 20-byte context handle (zeros, then the one returned), max_ents.
 *
 * Response stub: the context handle, num_ents, then a conformant varying array of ept_entry_t
 * { object uuid, tower pointer, varying string annotation }, then the towers the pointers refer to
 * (each a conformant twr_t: max count, tower length, tower bytes), then the status. A status of
 * 0x16c9a0d6 (ept_s_not_registered) or a zero handle ends the paging.
 */

/** The endpoint mapper interface. */
export const EPM_INTERFACE = { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 } as const;

/** `ept_lookup`'s operation number. */
export const EPT_LOOKUP_OPNUM = 2;

/** ept_s_not_registered: no (more) entries. */
export const EPT_S_NOT_REGISTERED = 0x16c9a0d6;

/** A context handle for paging through `ept_lookup`; all zeros to start. */
export type LookupHandle = Uint8Array;

/** One registered endpoint. */
export interface EpmEntry {
  object: string;
  interface: string;
  version: string;
  annotation: string;
  /** `ncacn_ip_tcp`, `ncadg_ip_udp`, `ncacn_np`, `ncalrpc`, `ncacn_http`, or `protocol 0xNN`. */
  transport: string;
  /** TCP or UDP port, when the transport has one. */
  port?: number;
  /** Named pipe or local endpoint name. */
  endpoint?: string;
  address?: string;
}

/** The stub of an `ept_lookup` request. */
export function buildEptLookupStub(handle: LookupHandle, maxEntries: number): Uint8Array {
  return new ByteWriter()
    .u32le(0) // RPC_C_EP_ALL_ELTS
    .u32le(0) // object: null pointer
    .u32le(0) // interface id: null pointer
    .u32le(1) // RPC_C_VERS_ALL
    .bytes(handle)
    .u32le(maxEntries)
    .toBytes();
}

/** A parsed `ept_lookup` response, or why it could not be read. */
export type EptLookupResult =
  | { ok: true; handle: LookupHandle; entries: EpmEntry[]; status: number; done: boolean }
  | { ok: false; reason: string };

/** Parses an `ept_lookup` response stub. Never throws. */
export function parseEptLookupResponse(stub: Uint8Array): EptLookupResult {
  try {
    const r = new ByteReader(stub);
    const handle = Uint8Array.from(r.bytesOf(20, 'context handle'));
    const count = r.u32le('num_ents');
    r.u32le('max count');
    r.u32le('offset');
    const actual = r.u32le('actual count');
    if (actual !== count || actual > 10_000) return { ok: false, reason: `entry count ${actual} does not match num_ents ${count}` };
    const pending: { object: string; hasTower: boolean; annotation: string }[] = [];
    for (let i = 0; i < actual; i++) {
      r.align(4);
      const object = bytesToUuid(r.bytesOf(16, 'object uuid'));
      const towerPointer = r.u32le('tower pointer');
      r.u32le('annotation offset');
      const length = r.u32le('annotation length');
      if (length > 64) return { ok: false, reason: `annotation of ${length} characters (at most 64)` };
      pending.push({ object, hasTower: towerPointer !== 0, annotation: decodeAscii(r.bytesOf(length, 'annotation')) });
    }
    const entries: EpmEntry[] = [];
    for (const entry of pending) {
      let tower: Omit<EpmEntry, 'object' | 'annotation'> = { interface: '', version: '', transport: 'none' };
      if (entry.hasTower) {
        r.align(4);
        r.u32le('tower max count');
        const length = r.u32le('tower length');
        tower = parseTower(r.bytesOf(length, 'tower'));
      }
      entries.push({ object: entry.object, annotation: entry.annotation, ...tower });
    }
    r.align(4);
    const status = r.u32le('status');
    const done = status !== 0 || handle.every((byte) => byte === 0);
    return { ok: true, handle, entries, status, done };
  } catch (err) {
    if (err instanceof TruncatedError) return { ok: false, reason: err.message };
    throw err;
  }
}

const TRANSPORTS: Record<number, string> = { 0x07: 'ncacn_ip_tcp', 0x08: 'ncadg_ip_udp', 0x1f: 'ncacn_http' };

/**
 * Reads a protocol tower (C706 appendix L): a floor count, then floors of (LHS bytes, RHS bytes).
 * Floor 1 is the interface (0x0d + UUID + major version; minor version on the right), floor 2 the
 * transfer syntax, floor 3 the RPC protocol (0x0b connection-oriented, 0x0a connectionless, 0x0c
 * local), floor 4 the transport with its port or pipe, floor 5 the host address.
 */
export function parseTower(bytes: Uint8Array): Omit<EpmEntry, 'object' | 'annotation'> {
  const r = new ByteReader(bytes);
  const floors = r.u16le('floor count');
  const result: Omit<EpmEntry, 'object' | 'annotation'> = { interface: '', version: '', transport: 'unknown' };
  let rpcProtocol = 0;
  for (let i = 0; i < floors && r.remaining > 0; i++) {
    const lhs = new ByteReader(r.bytesOf(r.u16le('lhs length'), 'lhs'));
    const rhs = new ByteReader(r.bytesOf(r.u16le('rhs length'), 'rhs'));
    const protocol = lhs.remaining > 0 ? lhs.u8('protocol id') : -1;
    if (i === 0 && protocol === 0x0d) {
      result.interface = bytesToUuid(lhs.bytesOf(16, 'interface uuid'));
      const major = lhs.u16le('major version');
      const minor = rhs.remaining >= 2 ? rhs.u16le('minor version') : 0;
      result.version = `${major}.${minor}`;
    } else if (i === 2) {
      rpcProtocol = protocol;
      if (protocol === 0x0c) result.transport = 'ncalrpc';
    } else if (i === 3) {
      if (protocol === 0x07 || protocol === 0x08 || protocol === 0x1f) {
        result.transport = TRANSPORTS[protocol] ?? result.transport;
        if (rhs.remaining >= 2) result.port = rhs.u16be('port');
      } else if (rpcProtocol === 0x0c || protocol === 0x10 || protocol === 0x20) {
        result.transport = 'ncalrpc';
        result.endpoint = decodeAscii(rhs.bytesOf(rhs.remaining));
      } else if (protocol === 0x0f) {
        result.transport = 'ncacn_np';
        result.endpoint = decodeAscii(rhs.bytesOf(rhs.remaining));
      } else if (rpcProtocol !== 0x0c) {
        result.transport = `protocol 0x${protocol.toString(16).padStart(2, '0')}`;
      }
    } else if (i === 4) {
      if (protocol === 0x09 && rhs.remaining >= 4) result.address = Array.from(rhs.bytesOf(4)).join('.');
      else if (protocol === 0x11) result.address = decodeAscii(rhs.bytesOf(rhs.remaining));
    }
  }
  return result;
}
