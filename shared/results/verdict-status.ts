import { assertNever } from '../util/assert-never.ts';
import type { Status, Verdict } from './status.ts';

/**
 * The status a verdict means when the probe has nothing more specific to say.
 *
 * A required port that is closed, filtered or unreachable fails, and so does a port where the wrong
 * service answers or the right one refuses. Silence (UDP), a dependency that could not answer, and a
 * probe error mean this tool could not tell: `unknown`, not a failure of the network. A check that
 * did not run is `skipped`.
 */
export function statusForVerdict(verdict: Verdict): Status {
  switch (verdict) {
    case 'open':
      return 'pass';
    case 'closed':
    case 'filtered':
    case 'unreachable':
    case 'dns-failed':
    case 'wrong-protocol':
    case 'rejected':
      return 'fail';
    case 'no-response':
    case 'undetermined':
    case 'error':
      return 'unknown';
    case 'not-tested':
    case 'cancelled':
      return 'skipped';
    default:
      return assertNever(verdict, 'verdict');
  }
}
