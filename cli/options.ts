import { parsePortFilter, type PortFilter } from '../shared/plan/port-filter.ts';
import { BadInput } from './cli-io.ts';

/** Options shared by the commands, as parsed from the command line. */
export interface CommonOptions {
  hierarchy?: string;
  demo?: boolean;
  from?: string;
  only?: string[];
  installPorts?: boolean;
  timeout?: string;
  concurrency?: string;
  perHost?: string;
  dns?: string;
  json?: boolean;
  out?: string;
  /** `run --endpoints`: also check the internet endpoints. */
  endpoints?: boolean;
  role?: string[];
  feature?: string[];
  cloud?: string;
  proxy?: string;
  pac?: string;
  proxyUser?: string;
  bypass?: string;
  ca?: string[];
  expectedRoot?: string[];
  /** `endpoints --list`: show the planned endpoints without testing them. */
  list?: boolean;
}

/** `--only tcp/445,udp/69 --only tcp/1433` → filters; a bad one is a usage error. */
export function parseFilters(values: readonly string[] | undefined): PortFilter[] {
  const filters: PortFilter[] = [];
  for (const text of (values ?? []).flatMap((value) => value.split(',')).filter((v) => v.trim() !== '')) {
    const parsed = parsePortFilter(text);
    if ('error' in parsed) throw new BadInput(`--only ${parsed.error}`);
    filters.push(parsed);
  }
  return filters;
}

/** The raw `--only` values, split on commas, for the result document's settings. */
export function filterTexts(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** Parses a bounded integer option, or returns the default when absent. */
export function integerOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw BadInput.of('integer', { name, min, max, value });
  return n;
}

/** Validates `--dns HOST:PORT` (IPv4 or bracketed IPv6, port optional). */
export function dnsServerOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\])(:\d{1,5})?$/.test(value)) throw BadInput.of('dns', { value });
  return value;
}
