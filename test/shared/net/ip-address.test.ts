import { describe, expect, it } from 'vitest';
import { classifyAddress, inCidr } from '../../../shared/net/ip-address.ts';
import { isIP } from '../../../shared/net/is-ip.ts';

describe('IP addresses', () => {
  it('recognises IPv4 and IPv6 like net.isIP', () => {
    for (const [text, family] of [['10.0.0.1', 4], ['255.255.255.255', 4], ['256.1.1.1', 0], ['1.2.3', 0], ['::1', 6], ['fe80::1%eth0', 6], ['2001:db8::8a2e:370:7334', 6], ['::ffff:192.0.2.1', 6], ['1::2::3', 0], ['go.microsoft.com', 0], ['12345::', 0]] as const) {
      expect(isIP(text), text).toBe(family);
    }
  });

  it('tests CIDR membership for both families', () => {
    expect(inCidr('13.67.13.180', '13.67.13.176/28')).toBe(true);
    expect(inCidr('13.67.13.192', '13.67.13.176/28')).toBe(false);
    expect(inCidr('20.204.193.11', '20.204.193.10/31')).toBe(true);
    expect(inCidr('10.1.2.3', '0.0.0.0/0')).toBe(true);
    expect(inCidr('2603:1006:2000::1', '2603:1006:2000::/48')).toBe(true);
    expect(inCidr('2603:1006:2001::1', '2603:1006:2000::/48')).toBe(false);
    expect(inCidr('10.1.2.3', '2603::/16')).toBe(false);
    expect(inCidr('not an address', '10.0.0.0/8')).toBe(false);
  });

  it('classifies the answers a sinkhole or a hosts file gives', () => {
    expect(classifyAddress('0.0.0.0')).toBe('unspecified');
    expect(classifyAddress('::')).toBe('unspecified');
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
    expect(classifyAddress('127.77.1.2')).toBe('loopback');
    expect(classifyAddress('::1')).toBe('loopback');
    expect(classifyAddress('::ffff:127.0.0.1')).toBe('loopback');
    expect(classifyAddress('10.20.30.40')).toBe('private');
    expect(classifyAddress('fd00::1')).toBe('private');
    expect(classifyAddress('169.254.10.1')).toBe('link-local');
    expect(classifyAddress('13.107.4.52')).toBe('public');
  });
});
