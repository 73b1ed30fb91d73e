import type net from 'node:net';
import { buildBind, buildRequest, dcerpcFrameLength, isLastFragment, parseDcerpcPdu, type DcerpcPdu } from '../../../shared/protocols/dcerpc.ts';
import { EPM_INTERFACE, EPT_LOOKUP_OPNUM, buildEptLookupStub, parseEptLookupResponse, type EpmEntry } from '../../../shared/protocols/epm.ts';
import { concatBytes } from '../../../shared/protocols/bytes.ts';
import type { ExchangeLog } from './exchange-log.ts';
import { FrameReader, type FrameOutcome } from './frame-reader.ts';

/** How talking to an endpoint mapper ended. */
export type EpmLookupOutcome =
  | { kind: 'listed'; entries: EpmEntry[]; pages: number; secondaryAddress: string }
  | { kind: 'bind-rejected'; how: 'bind-nak' | 'provider-rejection' | 'user-rejection'; reason: string }
  | { kind: 'fault'; status: number; entries: EpmEntry[] }
  | { kind: 'not-rpc'; reason: string; received: Uint8Array }
  | { kind: 'no-reply'; step: string; received: Uint8Array }
  | { kind: 'closed'; step: string; received: Uint8Array };

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/**
 * Binds to the endpoint mapper on an open socket and lists every registered endpoint with
 * `ept_lookup`, page by page, until the server says there are no more (or 50 pages: a hostile server
 * cannot keep us paging). Each PDU sent and received goes into the exchange log.
 */
export async function lookupEndpoints(socket: net.Socket, signal: AbortSignal, log: ExchangeLog): Promise<EpmLookupOutcome> {
  const reader = new FrameReader(socket, 4 * 1024 * 1024);
  const send = (bytes: Uint8Array, note: string) => {
    log.sent(bytes, note);
    socket.write(bytes);
  };

  send(buildBind(EPM_INTERFACE), 'DCE/RPC bind to the endpoint mapper (e1af8308… v3.0, NDR)');
  const bindReply = await reader.next(dcerpcFrameLength, signal);
  const bind = interpret(bindReply, 'bind', log);
  if ('outcome' in bind) return bind.outcome;
  if (bind.pdu.kind === 'bind-nak') return { kind: 'bind-rejected', how: 'bind-nak', reason: bind.pdu.reason };
  if (bind.pdu.kind !== 'bind-ack') return { kind: 'not-rpc', reason: `expected bind_ack, got ${bind.pdu.kind}`, received: bindReply.kind === 'frame' ? bindReply.frame : new Uint8Array() };
  if (bind.pdu.result !== 'acceptance' && bind.pdu.result !== 'negotiate-ack') {
    return { kind: 'bind-rejected', how: bind.pdu.result === 'user-rejection' ? 'user-rejection' : 'provider-rejection', reason: bind.pdu.reason };
  }
  const secondaryAddress = bind.pdu.secondaryAddress;

  const entries: EpmEntry[] = [];
  let handle: Uint8Array = new Uint8Array(20);
  for (let page = 1; page <= MAX_PAGES; page++) {
    const callId = page + 1;
    send(buildRequest(EPT_LOOKUP_OPNUM, buildEptLookupStub(handle, PAGE_SIZE), callId), `ept_lookup page ${page}`);
    const stub = await readResponse(reader, signal, log, callId);
    if ('outcome' in stub) return stub.outcome.kind === 'fault' ? { ...stub.outcome, entries } : stub.outcome;
    const parsed = parseEptLookupResponse(stub.bytes);
    if (!parsed.ok) return { kind: 'not-rpc', reason: `unreadable ept_lookup response: ${parsed.reason}`, received: stub.bytes };
    entries.push(...parsed.entries);
    if (parsed.done || parsed.entries.length === 0) return { kind: 'listed', entries, pages: page, secondaryAddress };
    handle = parsed.handle;
  }
  return { kind: 'listed', entries, pages: MAX_PAGES, secondaryAddress };
}

type Interpreted = { pdu: DcerpcPdu } | { outcome: EpmLookupOutcome };

function interpret(reply: FrameOutcome, step: string, log: ExchangeLog): Interpreted {
  if (reply.kind === 'frame') {
    const pdu = parseDcerpcPdu(reply.frame);
    log.received(reply.frame, `${step}: ${pdu.kind}`);
    if (pdu.kind === 'malformed' || pdu.kind === 'truncated') return { outcome: { kind: 'not-rpc', reason: pdu.reason, received: reply.frame } };
    return { pdu };
  }
  if (reply.received.length > 0) log.received(reply.received, `${step}: ${reply.kind}`);
  if (reply.kind === 'aborted') return { outcome: reply.received.length > 0 ? { kind: 'not-rpc', reason: 'an incomplete or unframed reply', received: reply.received } : { kind: 'no-reply', step, received: reply.received } };
  if (reply.kind === 'too-large') return { outcome: { kind: 'not-rpc', reason: `a reply declaring ${reply.declared} bytes`, received: reply.received } };
  if (reply.kind === 'invalid') return { outcome: { kind: 'not-rpc', reason: 'the reply is not a DCE/RPC version 5 PDU', received: reply.received } };
  return { outcome: reply.received.length > 0 ? { kind: 'not-rpc', reason: `the connection ${reply.kind === 'error' ? `failed (${reply.code})` : 'closed'} after ${reply.received.length} bytes that are not a PDU`, received: reply.received } : { kind: 'closed', step, received: reply.received } };
}

/** Reads response fragments for one call until the last one; returns the joined stub. */
async function readResponse(reader: FrameReader, signal: AbortSignal, log: ExchangeLog, callId: number): Promise<{ bytes: Uint8Array } | { outcome: Exclude<EpmLookupOutcome, { kind: 'fault' }> | { kind: 'fault'; status: number } }> {
  const parts: Uint8Array[] = [];
  for (let fragment = 0; fragment < 1000; fragment++) {
    const interpreted = interpret(await reader.next(dcerpcFrameLength, signal), 'ept_lookup', log);
    if ('outcome' in interpreted) return { outcome: interpreted.outcome as Exclude<EpmLookupOutcome, { kind: 'fault' }> };
    const pdu = interpreted.pdu;
    if (pdu.kind === 'fault') return { outcome: { kind: 'fault', status: pdu.status } };
    if (pdu.kind !== 'response' || pdu.callId !== callId) return { outcome: { kind: 'not-rpc', reason: `expected the response to call ${callId}, got ${pdu.kind}`, received: new Uint8Array() } };
    parts.push(pdu.stub);
    if (isLastFragment(pdu.flags)) return { bytes: concatBytes(parts) };
  }
  return { outcome: { kind: 'not-rpc', reason: 'more than 1000 response fragments', received: new Uint8Array() } };
}
