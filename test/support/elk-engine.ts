import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayeredEngine } from '../../shared/topology/layout-topology.ts';

/** elkjs as the layout engine the shared layout takes (the renderer loads the same one on demand). */
export const elkEngine: LayeredEngine = new (ELK as unknown as new () => LayeredEngine)();
