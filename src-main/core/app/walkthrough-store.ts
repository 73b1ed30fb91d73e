import path from 'node:path';
import { MAX_SAVED_RUNS, validRuns } from '../../../shared/walkthroughs/validate-run.ts';
import type { WalkthroughRun } from '../../../shared/walkthroughs/walkthrough-run.ts';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';

/**
 * The walkthroughs being followed or done, kept in `walkthroughs.json` in the settings folder and
 * written atomically after every step, so a run resumes after the app (or the machine) restarts. The
 * most recently updated runs are kept. A file that is not a list is set aside as `.corrupt`; a damaged
 * entry in a list is dropped, the others kept.
 */
export class WalkthroughStore {
  private runs: WalkthroughRun[] | undefined;
  private readonly file: string;

  constructor(directory: string) {
    this.file = path.join(directory, 'walkthroughs.json');
  }

  async all(): Promise<WalkthroughRun[]> {
    if (this.runs) return this.runs;
    const read = await readJsonFile(this.file, (parsed) => {
      if (!Array.isArray(parsed)) throw new Error('not a list');
      return validRuns(parsed);
    });
    this.runs = read.status === 'read' ? read.value : [];
    return this.runs;
  }

  async save(run: WalkthroughRun): Promise<WalkthroughRun[]> {
    const runs = [run, ...(await this.all()).filter((other) => other.id !== run.id)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, MAX_SAVED_RUNS);
    await this.write(runs);
    return runs;
  }

  async remove(id: string): Promise<WalkthroughRun[]> {
    const runs = (await this.all()).filter((run) => run.id !== id);
    await this.write(runs);
    return runs;
  }

  private async write(runs: WalkthroughRun[]): Promise<void> {
    this.runs = runs;
    await writeJsonFile(this.file, runs);
  }
}
