import { failedPayloadDownload, MANIFEST, successfulDownload } from './dmp-sequences.ts';
import { ROLLOVER_MARKER } from './log-parser.ts';
import { LogClock, smsLine } from './log-writer.ts';

/**
 * The sample the app and the CLI open on request (`netcheck logs --sample`, "Open the sample" in
 * the Logs view): a service connection point's Dmpdownloader.lo_ and Dmpdownloader.log, written in
 * the site-server frame from the message lines Microsoft's articles quote. The day before, a sync
 * and a download succeed, until the log rolls over; the day of the call, the update payload fails on
 * DNS (2107 release notes), the next cycle on certificate trust (KB 3187516), and the console
 * content on TLS (KB 4561945).
 */

/** Central European time in winter: UTC = local − 60 minutes, a bias of −60. */
const BIAS = -60;
const HOTFIX = '8f1f6a0c-5a3e-4b8b-9d2c-2f4c1c7a9e11';
const UPDATE = '3b7d84fa-eccc-4ea0-b8ab-abbda1e88e0e';

function lines(messages: readonly string[], clock: LogClock): string[] {
  return messages.map((message) => smsLine(message, clock, { bias: BIAS, thread: 7568 }));
}

function rolledOver(): string {
  const clock = new LogClock('2024-12-16T09:00:00.000', 750);
  return [...lines(successfulDownload(HOTFIX), clock), ROLLOVER_MARKER].join('\r\n') + '\r\n';
}

function current(): string {
  const morning = new LogClock('2024-12-17T09:00:00.000', 500);
  const firstCycle = successfulDownload(UPDATE).slice(0, 17);
  const later = new LogClock('2024-12-17T09:15:00.000', 400);
  const secondCycle = [
    "Hasn't synced recently.",
    `Generating state message: 0 for package ${MANIFEST}`,
    'Successfully Dropped the state message 0',
    'Download manifest.cab',
    'WARNING: Failed to download easy setup payload with exception: The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.',
    'WARNING: Retry in the next polling cycle',
    'Redirected to URL https://configmgrbits.azureedge.net/adminuicontent/ConfigMgr.AdminUIContent.cab',
    'Got fwdlink and recreating the httprequest/response',
    'ERROR: Failed to download Admin UI content payload with exception: The underlying connection was closed: An unexpected error occurred on a send.',
  ];
  return [
    ...lines([...firstCycle, ...failedPayloadDownload(UPDATE)], morning),
    ...lines(secondCycle, later),
    // KB 4561945 quotes this line with a single `~`.
    smsLine('Failed to call AdminUIContentDownload. error = Error -2146233079~', later, { bias: BIAS, thread: 7568, tildes: false }),
  ].join('\r\n') + '\r\n';
}

/** The sample files, oldest first, as the user would pick them. */
export const SAMPLE_LOGS: readonly { name: string; text: string }[] = [
  { name: 'Dmpdownloader.lo_', text: rolledOver() },
  { name: 'Dmpdownloader.log', text: current() },
];
