import { CMG_CLIENTS } from './flows/cmg-clients.ts';
import { CONSOLE_PROVIDER } from './flows/console-provider.ts';
import { DP_CONTENT } from './flows/dp-content.ts';
import { PXE_BOOT } from './flows/pxe-boot.ts';
import { REPLICATION_DEGRADED } from './flows/replication.ts';
import { SCP_DOWNLOADS } from './flows/scp-downloads.ts';
import type { Walkthrough } from './walkthrough-types.ts';

/** The walkthroughs the app offers, in the order of the picker. */
export const WALKTHROUGHS: readonly Walkthrough[] = [SCP_DOWNLOADS, PXE_BOOT, CMG_CLIENTS, REPLICATION_DEGRADED, CONSOLE_PROVIDER, DP_CONTENT];

/** A walkthrough by id. */
export function findWalkthrough(id: string): Walkthrough | undefined {
  return WALKTHROUGHS.find((walkthrough) => walkthrough.id === id);
}
