import { parseArgs } from 'node:util';
import { isLanguage, LANGUAGES } from '../shared/i18n/languages.ts';
import { createTranslator, type Translate } from '../shared/i18n/translator.ts';
import { systemLanguage } from '../src-main/core/system-language.ts';
import { BadInput, EXIT, type CliIo } from './cli-io.ts';
import { endpointsCommand } from './commands/endpoints-command.ts';
import { logsCommand, lookupCommand } from './commands/logs-command.ts';
import { planCommand } from './commands/plan-command.ts';
import { probeCommand } from './commands/probe-command.ts';
import { reportCommand, walkthroughCommand } from './commands/report-command.ts';
import { runCommand } from './commands/run-command.ts';
import type { CommonOptions } from './options.ts';

const OPTIONS = {
  hierarchy: { type: 'string' },
  demo: { type: 'boolean' },
  from: { type: 'string' },
  only: { type: 'string', multiple: true },
  'install-ports': { type: 'boolean' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'per-host': { type: 'string' },
  dns: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  endpoints: { type: 'boolean' },
  role: { type: 'string', multiple: true },
  feature: { type: 'string', multiple: true },
  cloud: { type: 'string' },
  proxy: { type: 'string' },
  pac: { type: 'string' },
  'proxy-user': { type: 'string' },
  bypass: { type: 'string' },
  ca: { type: 'string', multiple: true },
  'expected-root': { type: 'string', multiple: true },
  list: { type: 'boolean' },
  follow: { type: 'boolean' },
  since: { type: 'string' },
  sample: { type: 'boolean' },
  html: { type: 'string' },
  'firewall-csv': { type: 'string' },
  'firewall-ps1': { type: 'string' },
  redact: { type: 'boolean' },
  diff: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `netcheck` command line: the same checks and the same JSON document as the app, for site
 * servers with no desktop and for scripts. Returns the exit code instead of exiting, so tests run it
 * in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // The system's language (the entry passes the environment); English when embedded without one.
  let t = createTranslator(io.env ? systemLanguage(io.env) : 'en');
  try {
    // `--lang fr` (or `--lang=fr`) anywhere on the line, read first so even a usage error is in that language.
    const lang = languageArgument(argv);
    if (lang !== undefined) {
      if (!isLanguage(lang)) throw BadInput.of('lang', { languages: LANGUAGES.join(', ') });
      t = createTranslator(lang);
      argv = argv.filter((word, index) => !(word === '--lang' || word.startsWith('--lang=') || (index > 0 && argv[index - 1] === '--lang')));
    }
    // `lookup -2147012894`: a negative code is not an option, so lookup reads its words itself.
    if (argv[0] === 'lookup') {
      const words = argv.slice(1).filter((word) => word !== '--json');
      return lookupCommand(words, { json: words.length < argv.length - 1 }, io, t);
    }
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.stdout.write(`${t('cli.usage')}\n`);
      return values.help ? EXIT.ok : EXIT.badInput;
    }
    const options: CommonOptions = {
      ...(values.hierarchy !== undefined ? { hierarchy: values.hierarchy } : {}),
      demo: values.demo ?? false,
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.only !== undefined ? { only: values.only } : {}),
      installPorts: values['install-ports'] ?? false,
      ...(values.timeout !== undefined ? { timeout: values.timeout } : {}),
      ...(values.concurrency !== undefined ? { concurrency: values.concurrency } : {}),
      ...(values['per-host'] !== undefined ? { perHost: values['per-host'] } : {}),
      ...(values.dns !== undefined ? { dns: values.dns } : {}),
      json: values.json ?? false,
      ...(values.out !== undefined ? { out: values.out } : {}),
      endpoints: values.endpoints ?? false,
      ...(values.role !== undefined ? { role: values.role } : {}),
      ...(values.feature !== undefined ? { feature: values.feature } : {}),
      ...(values.cloud !== undefined ? { cloud: values.cloud } : {}),
      ...(values.proxy !== undefined ? { proxy: values.proxy } : {}),
      ...(values.pac !== undefined ? { pac: values.pac } : {}),
      ...(values['proxy-user'] !== undefined ? { proxyUser: values['proxy-user'] } : {}),
      ...(values.bypass !== undefined ? { bypass: values.bypass } : {}),
      ...(values.ca !== undefined ? { ca: values.ca } : {}),
      ...(values['expected-root'] !== undefined ? { expectedRoot: values['expected-root'] } : {}),
      list: values.list ?? false,
    };
    switch (command) {
      case 'plan':
        if (rest.length > 0) throw BadInput.of('unexpectedArgument', { command: 'plan', argument: rest[0] as string });
        return await planCommand(options, io, t);
      case 'run':
        if (rest.length > 0) throw BadInput.of('unexpectedArgument', { command: 'run', argument: rest[0] as string });
        return await runCommand(options, io, t);
      case 'probe':
        return await probeCommand(rest, options, io, t);
      case 'endpoints':
        if (rest.length > 0) throw BadInput.of('unexpectedArgument', { command: 'endpoints', argument: rest[0] as string });
        return await endpointsCommand(options, io, t);
      case 'logs':
        return await logsCommand(rest, { json: options.json ?? false, follow: values.follow ?? false, sample: values.sample ?? false, ...(values.since !== undefined ? { since: values.since } : {}), ...(options.out !== undefined ? { out: options.out } : {}) }, io, t);
      case 'report':
        return await reportCommand(rest, {
          ...(values.html !== undefined ? { html: values.html } : {}),
          ...(options.out !== undefined ? { out: options.out } : {}),
          ...(values['firewall-csv'] !== undefined ? { firewallCsv: values['firewall-csv'] } : {}),
          ...(values['firewall-ps1'] !== undefined ? { firewallPs1: values['firewall-ps1'] } : {}),
          redact: values.redact ?? false,
          diff: values.diff ?? false,
          json: options.json ?? false,
        }, io, t);
      case 'walkthrough':
        return walkthroughCommand(rest, { json: options.json ?? false }, io, t);
      default:
        throw BadInput.of('unknownCommand', { command });
    }
  } catch (err) {
    if (err instanceof BadInput) {
      io.stderr.write(`${t('cli.badInput', { message: err.wordedWith(t) })}\n`);
      if (err.text?.key === 'cli.error.unknownCommand') io.stderr.write(`${t('cli.usage')}\n`);
      return EXIT.badInput;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${t('cli.badInput', { message: parseArgsError(err, t) })}\n`);
      return EXIT.badInput;
    }
    throw err;
  }
}

/** The value of `--lang X` or `--lang=X`, if given. */
function languageArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((word) => word === '--lang' || word.startsWith('--lang='));
  if (index < 0) return undefined;
  const word = argv[index] as string;
  return word.includes('=') ? word.slice('--lang='.length) : (argv[index + 1] ?? '');
}

/**
 * Node's option parser words its errors in English; the two a user meets (an option this command
 * does not know, an option given without its value) are said in the user's language, the rest as
 * Node wrote them.
 */
function parseArgsError(err: TypeError & { code?: unknown }, t: Translate): string {
  const option = /'(-[^' ]+)/.exec(err.message)?.[1];
  if (option && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.error.unknownOption', { option });
  if (option && err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.error.optionValue', { option });
  return err.message;
}
