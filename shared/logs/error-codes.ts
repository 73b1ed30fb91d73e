import type { FindingCategory } from './log-types.ts';

/**
 * Numeric error codes as they appear in ConfigMgr logs, in any form: an HRESULT in hex
 * (`0x80072EE2`), the same HRESULT as a signed decimal (`-2147012894`, how .NET prints
 * `Exception.HResult`) or unsigned, a bare WinHTTP or Win32 error (`12007`, `112`), a Winsock error
 * (`10060`), or a BITS HTTP error (`0x80190197`). Names and meanings come from the Windows SDK
 * headers as documented on Microsoft Learn (WinHTTP "Error Messages", "System Error Codes", "Windows
 * Sockets Error Codes", "COM Error Codes (Security and Setup)", BITS "bitsmsg.h"); categories are
 * this tool's.
 */

/** A known code. */
export interface KnownCode {
  /** The code as a 32-bit unsigned number (HRESULTs) or a small positive number (Win32, WinHTTP, Winsock). */
  value: number;
  name: string;
  meaning: string;
  category: FindingCategory;
}

const winhttp = (code: number, name: string, meaning: string, category: FindingCategory): KnownCode => ({ value: code, name: `ERROR_WINHTTP_${name}`, meaning, category });

/** WinHTTP errors (12001–12186). Their HRESULT is 0x80070000 + code. */
const WINHTTP: readonly KnownCode[] = [
  winhttp(12001, 'OUT_OF_HANDLES', 'no more handles could be generated', 'internal'),
  winhttp(12002, 'TIMEOUT', 'the request timed out', 'timeout'),
  winhttp(12004, 'INTERNAL_ERROR', 'an internal error occurred', 'internal'),
  winhttp(12005, 'INVALID_URL', 'the URL is not valid', 'internal'),
  winhttp(12006, 'UNRECOGNIZED_SCHEME', 'the URL scheme is not http or https', 'http'),
  winhttp(12007, 'NAME_NOT_RESOLVED', 'the server name cannot be resolved', 'dns'),
  winhttp(12009, 'INVALID_OPTION', 'an invalid option was given', 'internal'),
  winhttp(12011, 'OPTION_NOT_SETTABLE', 'the option cannot be set, only queried', 'internal'),
  winhttp(12012, 'SHUTDOWN', 'WinHTTP was shut down', 'internal'),
  winhttp(12015, 'LOGIN_FAILURE', 'the login attempt failed (wrong credentials)', 'proxy'),
  winhttp(12017, 'OPERATION_CANCELLED', 'the operation was cancelled (a handle was closed)', 'internal'),
  winhttp(12018, 'INCORRECT_HANDLE_TYPE', 'the handle is of the wrong type', 'internal'),
  winhttp(12019, 'INCORRECT_HANDLE_STATE', 'the handle is in the wrong state', 'internal'),
  winhttp(12029, 'CANNOT_CONNECT', 'the connection to the server failed', 'tcp'),
  winhttp(12030, 'CONNECTION_ERROR', 'the connection was reset or terminated, or an incompatible SSL protocol was met', 'tls-protocol'),
  winhttp(12032, 'RESEND_REQUEST', 'the request must be sent again (redirect or authentication)', 'http'),
  winhttp(12037, 'SECURE_CERT_DATE_INVALID', 'the server certificate has expired or is not yet valid', 'tls-trust'),
  winhttp(12038, 'SECURE_CERT_CN_INVALID', 'the server certificate name does not match the host name', 'tls-trust'),
  winhttp(12044, 'CLIENT_AUTH_CERT_NEEDED', 'the server asks for a client certificate', 'tls-protocol'),
  winhttp(12045, 'SECURE_INVALID_CA', 'the certificate chain ends in a root that is not trusted', 'tls-trust'),
  winhttp(12057, 'SECURE_CERT_REV_FAILED', 'revocation could not be checked (the revocation server was unreachable)', 'tls-trust'),
  winhttp(12150, 'HEADER_NOT_FOUND', 'the requested header was not found', 'http'),
  winhttp(12152, 'INVALID_SERVER_RESPONSE', 'the server response could not be parsed (often a proxy answering)', 'http'),
  winhttp(12156, 'REDIRECT_FAILED', 'the redirect failed (scheme change, or the redirect target failed)', 'http'),
  winhttp(12157, 'SECURE_CHANNEL_ERROR', 'an error occurred in the secure channel (TLS negotiation)', 'tls-protocol'),
  winhttp(12166, 'BAD_AUTO_PROXY_SCRIPT', 'the proxy auto-configuration script has an error', 'proxy'),
  winhttp(12167, 'UNABLE_TO_DOWNLOAD_SCRIPT', 'the proxy auto-configuration script could not be downloaded', 'proxy'),
  winhttp(12169, 'SECURE_INVALID_CERT', 'the server certificate is invalid', 'tls-trust'),
  winhttp(12170, 'SECURE_CERT_REVOKED', 'the server certificate has been revoked', 'tls-trust'),
  winhttp(12175, 'SECURE_FAILURE', 'a security error occurred in the server certificate or the TLS negotiation', 'tls-protocol'),
  winhttp(12178, 'AUTO_PROXY_SERVICE_ERROR', 'the proxy for the URL could not be located (WinHTTP auto-proxy service)', 'proxy'),
  winhttp(12179, 'SECURE_CERT_WRONG_USAGE', 'the certificate is not valid for server authentication', 'tls-trust'),
  winhttp(12180, 'AUTODETECTION_FAILED', 'proxy auto-detection (WPAD) failed', 'proxy'),
  winhttp(12181, 'HEADER_COUNT_EXCEEDED', 'the response has too many headers', 'http'),
  winhttp(12182, 'HEADER_SIZE_OVERFLOW', 'the response headers are too large', 'http'),
  winhttp(12184, 'RESPONSE_DRAIN_OVERFLOW', 'the response body was larger than expected', 'http'),
  winhttp(12185, 'CLIENT_CERT_NO_PRIVATE_KEY', 'the client certificate has no private key', 'tls-protocol'),
  winhttp(12186, 'CLIENT_CERT_NO_ACCESS_PRIVATE_KEY', 'the client certificate private key cannot be used by this account', 'tls-protocol'),
];

/** Winsock errors. Their HRESULT is 0x80070000 + code. */
const WINSOCK: readonly KnownCode[] = [
  { value: 10013, name: 'WSAEACCES', meaning: 'access to the socket was refused (a local firewall or policy)', category: 'tcp' },
  { value: 10050, name: 'WSAENETDOWN', meaning: 'the network is down', category: 'tcp' },
  { value: 10051, name: 'WSAENETUNREACH', meaning: 'the network is unreachable (no route)', category: 'tcp' },
  { value: 10053, name: 'WSAECONNABORTED', meaning: 'the connection was aborted by this machine', category: 'tcp' },
  { value: 10054, name: 'WSAECONNRESET', meaning: 'the connection was reset by the remote host (or a device on the path)', category: 'tcp' },
  { value: 10060, name: 'WSAETIMEDOUT', meaning: 'the connection attempt timed out (no answer: a firewall dropping packets)', category: 'timeout' },
  { value: 10061, name: 'WSAECONNREFUSED', meaning: 'the connection was refused (nothing listens, or a firewall rejects)', category: 'tcp' },
  { value: 10064, name: 'WSAEHOSTDOWN', meaning: 'the remote host is down', category: 'tcp' },
  { value: 10065, name: 'WSAEHOSTUNREACH', meaning: 'the remote host is unreachable', category: 'tcp' },
  { value: 11001, name: 'WSAHOST_NOT_FOUND', meaning: 'the host name is not known to DNS', category: 'dns' },
  { value: 11002, name: 'WSATRY_AGAIN', meaning: 'DNS did not answer in time (try again)', category: 'dns' },
  { value: 11004, name: 'WSANO_DATA', meaning: 'the name exists but has no address record', category: 'dns' },
];

/** Win32 errors ConfigMgr logs carry. Their HRESULT is 0x80070000 + code. */
const WIN32: readonly KnownCode[] = [
  { value: 2, name: 'ERROR_FILE_NOT_FOUND', meaning: 'the file was not found', category: 'disk' },
  { value: 3, name: 'ERROR_PATH_NOT_FOUND', meaning: 'the path was not found', category: 'disk' },
  { value: 5, name: 'ERROR_ACCESS_DENIED', meaning: 'access is denied', category: 'disk' },
  { value: 8, name: 'ERROR_NOT_ENOUGH_MEMORY', meaning: 'not enough memory', category: 'internal' },
  { value: 14, name: 'ERROR_OUTOFMEMORY', meaning: 'not enough memory', category: 'internal' },
  { value: 32, name: 'ERROR_SHARING_VIOLATION', meaning: 'the file is in use by another process (antimalware scanning it?)', category: 'disk' },
  { value: 39, name: 'ERROR_HANDLE_DISK_FULL', meaning: 'the disk is full', category: 'disk' },
  { value: 53, name: 'ERROR_BAD_NETPATH', meaning: 'the network path was not found', category: 'tcp' },
  { value: 87, name: 'ERROR_INVALID_PARAMETER', meaning: 'a parameter is invalid', category: 'internal' },
  { value: 112, name: 'ERROR_DISK_FULL', meaning: 'there is not enough space on the disk', category: 'disk' },
  { value: 1460, name: 'ERROR_TIMEOUT', meaning: 'the operation timed out', category: 'timeout' },
  { value: 1722, name: 'RPC_S_SERVER_UNAVAILABLE', meaning: 'the RPC server is unavailable', category: 'tcp' },
];

/** HRESULTs outside FACILITY_WIN32 that the logs carry. */
const HRESULTS: readonly KnownCode[] = [
  { value: 0x80004003, name: 'E_POINTER', meaning: 'invalid pointer', category: 'internal' },
  { value: 0x80004005, name: 'E_FAIL', meaning: 'unspecified failure', category: 'unknown' },
  { value: 0x8007000e, name: 'E_OUTOFMEMORY', meaning: 'not enough memory', category: 'internal' },
  { value: 0x80070057, name: 'E_INVALIDARG', meaning: 'an argument is invalid', category: 'internal' },
  { value: 0x80131500, name: 'COR_E_EXCEPTION', meaning: 'a .NET System.Exception', category: 'internal' },
  { value: 0x80131509, name: 'COR_E_INVALIDOPERATION', meaning: 'a .NET InvalidOperationException, the base of WebException: the network error is on the line before', category: 'internal' },
  { value: 0x80131620, name: 'COR_E_IO', meaning: 'a .NET IOException', category: 'disk' },
  { value: 0x800b0100, name: 'TRUST_E_NOSIGNATURE', meaning: 'the file has no signature', category: 'signature' },
  { value: 0x800b0004, name: 'TRUST_E_SUBJECT_NOT_TRUSTED', meaning: 'the signer is not trusted', category: 'signature' },
  { value: 0x80096010, name: 'TRUST_E_BAD_DIGEST', meaning: 'the file was changed after it was signed (hash mismatch)', category: 'signature' },
  { value: 0x800b0101, name: 'CERT_E_EXPIRED', meaning: 'a certificate has expired or is not yet valid', category: 'tls-trust' },
  { value: 0x800b0109, name: 'CERT_E_UNTRUSTEDROOT', meaning: 'the certificate chain ends in a root that is not trusted', category: 'tls-trust' },
  { value: 0x800b010a, name: 'CERT_E_CHAINING', meaning: 'a certificate chain could not be built to a trusted root', category: 'tls-trust' },
  { value: 0x800b010c, name: 'CERT_E_REVOKED', meaning: 'a certificate was revoked', category: 'tls-trust' },
  { value: 0x800b010f, name: 'CERT_E_CN_NO_MATCH', meaning: 'the certificate name does not match the host', category: 'tls-trust' },
  { value: 0x80092012, name: 'CRYPT_E_NO_REVOCATION_CHECK', meaning: 'revocation could not be checked', category: 'tls-trust' },
  { value: 0x80092013, name: 'CRYPT_E_REVOCATION_OFFLINE', meaning: 'the revocation server was offline', category: 'tls-trust' },
  { value: 0x80090302, name: 'SEC_E_UNSUPPORTED_FUNCTION', meaning: 'the TLS version or function is not supported by the other side', category: 'tls-protocol' },
  { value: 0x80090304, name: 'SEC_E_INTERNAL_ERROR', meaning: 'the security package failed (TLS)', category: 'tls-protocol' },
  { value: 0x80090322, name: 'SEC_E_WRONG_PRINCIPAL', meaning: 'the certificate name does not match the target', category: 'tls-trust' },
  { value: 0x80090325, name: 'SEC_E_UNTRUSTED_ROOT', meaning: 'the chain ends in an untrusted root', category: 'tls-trust' },
  { value: 0x80090326, name: 'SEC_E_ILLEGAL_MESSAGE', meaning: 'the TLS message was not understood (a protocol or cipher mismatch, or a device rewriting the session)', category: 'tls-protocol' },
  { value: 0x80090327, name: 'SEC_E_CERT_UNKNOWN', meaning: 'the certificate could not be processed', category: 'tls-trust' },
  { value: 0x80090328, name: 'SEC_E_CERT_EXPIRED', meaning: 'the certificate has expired', category: 'tls-trust' },
  { value: 0x80090331, name: 'SEC_E_ALGORITHM_MISMATCH', meaning: 'client and server have no cipher suite in common', category: 'tls-protocol' },
  { value: 0x80200010, name: 'BG_E_NETWORK_DISCONNECTED', meaning: 'BITS: no network connection', category: 'tcp' },
  { value: 0x80200011, name: 'BG_E_MISSING_FILE_SIZE', meaning: 'BITS: the server did not give the file size (a proxy stripping headers?)', category: 'http' },
];

/** Every code with a fixed meaning, for the translation tables (the meanings are their English). */
export const KNOWN_CODES: readonly KnownCode[] = [...WINHTTP, ...WINSOCK, ...WIN32, ...HRESULTS];

/** The name of a BITS HTTP error (`BG_E_HTTP_ERROR_407`): its meaning is one sentence with the status. */
export const BITS_HTTP_ERROR = 'BG_E_HTTP_ERROR_';

const BY_VALUE = new Map<number, KnownCode>([...HRESULTS].map((code) => [code.value, code]));
const SMALL = new Map<number, KnownCode>([...WINHTTP, ...WINSOCK, ...WIN32].map((code) => [code.value, code]));

/** A code read from a log, normalized, with what is known of it. */
export interface CodeLookup {
  /** `0x80072EE2` for HRESULTs, the decimal for small codes. */
  display: string;
  known?: KnownCode;
  /** For a BITS HTTP error (0x8019xxxx), the HTTP status it carries. */
  httpStatus?: number;
}

/** Formats a 32-bit value as `0x80072EE2`. */
export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * Looks a code up in any of its written forms. An HRESULT of FACILITY_WIN32 (0x8007xxxx) is looked
 * up as its Win32/WinHTTP/Winsock code; a BITS HTTP error (0x8019xxxx) gives its HTTP status.
 * Returns undefined for text that is not a number.
 */
export function lookupCode(text: string): CodeLookup | undefined {
  const trimmed = text.trim();
  let value: number;
  if (/^0x[0-9a-f]{1,8}$/i.test(trimmed)) value = Number.parseInt(trimmed.slice(2), 16) >>> 0;
  else if (/^[0-9a-f]{8}$/i.test(trimmed) && /[a-f]/i.test(trimmed)) value = Number.parseInt(trimmed, 16) >>> 0;
  else if (/^-\d{1,10}$/.test(trimmed)) value = Number(trimmed) >>> 0;
  else if (/^\d{1,10}$/.test(trimmed) && Number(trimmed) <= 0xffffffff) value = Number(trimmed);
  else return undefined;
  if (value < 0x80000000) {
    const known = SMALL.get(value);
    return { display: String(value), ...(known ? { known } : {}) };
  }
  const display = hex32(value);
  const direct = BY_VALUE.get(value);
  if (direct) return { display, known: direct };
  const facility = (value >>> 16) & 0x1fff;
  if (facility === 7) {
    const known = SMALL.get(value & 0xffff);
    return { display, ...(known ? { known } : {}) };
  }
  if (facility === 0x19) {
    const status = value & 0xffff;
    if (status >= 100 && status <= 599) return { display, httpStatus: status, known: { value, name: `${BITS_HTTP_ERROR}${status}`, meaning: `BITS: the server answered HTTP ${status}`, category: status === 407 ? 'proxy' : 'http' } };
  }
  return { display };
}

/**
 * The codes a message carries: hex HRESULTs (`0x80072EE2`), negative decimals (`-2147012894`,
 * .NET's `HResult`), and numbers after "error"/"code" (`Error = 12007`, `error code: -2147467261`).
 */
export function codesInMessage(message: string): CodeLookup[] {
  const found = new Map<string, CodeLookup>();
  const add = (text: string) => {
    const lookup = lookupCode(text);
    if (lookup && (lookup.known || lookup.display.startsWith('0x'))) found.set(lookup.display, lookup);
  };
  for (const match of message.matchAll(/0x[0-9a-fA-F]{8}\b/g)) add(match[0]);
  for (const match of message.matchAll(/(?<![\w.])-21\d{8}\b/g)) add(match[0]);
  for (const match of message.matchAll(/\b(?:error|code|hr|hresult|status)\b[^0-9-]{0,20}(-?\d{3,10})\b/gi)) add(match[1] ?? '');
  return [...found.values()];
}
