import { describe, expect, it } from 'vitest';
import { codesInMessage, hex32, lookupCode } from '../../../shared/logs/error-codes.ts';

describe('error code lookup', () => {
  it('reads an HRESULT in every written form', () => {
    for (const form of ['0x80072EE2', '0x80072ee2', '80072EE2', '-2147012894', '2147954402']) {
      expect(lookupCode(form)).toMatchObject({ display: '0x80072EE2', known: { name: 'ERROR_WINHTTP_TIMEOUT', category: 'timeout' } });
    }
  });

  it('looks a FACILITY_WIN32 HRESULT up as its Win32, WinHTTP or Winsock code', () => {
    expect(lookupCode('0x80072EE7')?.known?.name).toBe('ERROR_WINHTTP_NAME_NOT_RESOLVED');
    expect(lookupCode('0x80072AF9')?.known?.name).toBe('WSAHOST_NOT_FOUND');
    expect(lookupCode('0x80070070')?.known).toMatchObject({ name: 'ERROR_DISK_FULL', category: 'disk' });
  });

  it('reads small decimal codes and the .NET HResults the downloader logs', () => {
    expect(lookupCode('12029')?.known?.category).toBe('tcp');
    expect(lookupCode('-2146233079')).toMatchObject({ display: '0x80131509', known: { name: 'COR_E_INVALIDOPERATION' } });
    expect(lookupCode('-2147467261')?.known?.name).toBe('E_POINTER');
  });

  it('turns a BITS HTTP error into its status', () => {
    expect(lookupCode('0x80190197')).toMatchObject({ httpStatus: 407, known: { category: 'proxy' } });
    expect(lookupCode('0x80190194')).toMatchObject({ httpStatus: 404, known: { category: 'http' } });
  });

  it('answers unknown codes with their normalized form and refuses what is not a number', () => {
    expect(lookupCode('0x8123ABCD')).toEqual({ display: '0x8123ABCD' });
    expect(lookupCode('hello')).toBeUndefined();
    expect(lookupCode('99999999999')).toBeUndefined();
    expect(hex32(-1)).toBe('0xFFFFFFFF');
  });

  it('finds the codes a message carries, once each', () => {
    const codes = codesInMessage('Failed to call Initialize. error = [error code: -2147467261, error message: Invalid pointer] (0x80004003)');
    expect(codes.map((code) => code.display)).toEqual(['0x80004003']);
    expect(codesInMessage('WinHttpSendRequest failed, Error = 12002').map((code) => code.known?.name)).toEqual(['ERROR_WINHTTP_TIMEOUT']);
    expect(codesInMessage('Downloaded 12002 bytes')).toEqual([]);
  });
});
