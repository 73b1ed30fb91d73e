import type { LayeredEngine } from '../../shared/topology/layout-topology.ts';

let engine: Promise<LayeredEngine> | undefined;

/** Loads elkjs (~1.6 MB) only when a diagram is first drawn, so the first view paints without it. */
export function loadElk(): Promise<LayeredEngine> {
  engine ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    const ELK = (module as unknown as { default: new () => LayeredEngine }).default;
    return new ELK();
  });
  return engine;
}
