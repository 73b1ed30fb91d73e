import type { PlannedLink } from '../plan/link.ts';
import type { CheckResult, ResultDocument, Vantage } from './result-document.ts';
import { sameHierarchy } from './merge-run-documents.ts';

/**
 * Results measured on several machines, put together: `netcheck run --from p01ss01 --json` on each
 * site server, then every document opened at once. Each result keeps where it was measured, so the
 * diagram shows A → B measured on A and B → A measured on B, and says when a link was measured from
 * somewhere else than its source.
 */

/** The system a document's results are attributed to: the one it claimed (`--from`), else its host name. */
export function vantageName(vantage: Vantage): string {
  return vantage.claimedSystem ?? vantage.hostname;
}

/** Whether a vantage is a given system: the same FQDN, or the same host name (`CAS01` is `cas01.corp.example`). */
export function isVantageOf(vantage: string, system: string): boolean {
  const a = vantage.toLowerCase().replace(/\.$/, '');
  const b = system.toLowerCase().replace(/\.$/, '');
  return a === b || a.split('.')[0] === b.split('.')[0];
}

export type VantageMerge = { ok: true; document: ResultDocument } | { ok: false; message: string };

/**
 * Puts documents measured on several machines into one. Every result keeps the machine it was
 * measured from; a check measured on two machines is kept twice (its id suffixed `@machine`), and
 * measured twice from the same machine, only the later measurement is kept. Documents of different
 * hierarchies are refused: their links would not line up.
 */
export function mergeVantageDocuments(documents: readonly ResultDocument[]): VantageMerge {
  const [first] = documents;
  if (!first) return { ok: false, message: 'no document' };
  const other = documents.find((document) => document !== first && !sameHierarchy(first, document));
  if (other) return { ok: false, message: `the documents describe different hierarchies ("${first.hierarchy?.name ?? '?'}" and "${other.hierarchy?.name ?? '?'}")` };
  const byMeasurement = new Map<string, CheckResult>();
  for (const document of documents) {
    const from = vantageName(document.vantage);
    for (const result of document.results) {
      const measuredFrom = result.measuredFrom ?? from;
      const key = `${result.id}@${measuredFrom.toLowerCase()}`;
      const earlier = byMeasurement.get(key);
      if (!earlier || earlier.evidence.startedAt <= result.evidence.startedAt) byMeasurement.set(key, { ...result, measuredFrom });
    }
  }
  const machines = new Map<string, number>();
  for (const result of byMeasurement.values()) machines.set(result.id, (machines.get(result.id) ?? 0) + 1);
  const results = [...byMeasurement.values()].map((result) => ((machines.get(result.id) ?? 0) > 1 ? { ...result, id: `${result.id}@${result.measuredFrom}` } : result));
  const links = new Map<string, PlannedLink>();
  for (const document of documents) for (const link of document.links) links.set(link.id, link);
  const vantages = new Map<string, Vantage>();
  for (const document of documents) for (const vantage of document.vantages ?? [document.vantage]) vantages.set(vantageName(vantage).toLowerCase(), vantage);
  return {
    ok: true,
    document: {
      ...first,
      startedAt: documents.map((document) => document.startedAt).sort()[0] ?? first.startedAt,
      finishedAt: documents.map((document) => document.finishedAt).sort().at(-1) ?? first.finishedAt,
      cancelled: documents.some((document) => document.cancelled),
      vantages: [...vantages.values()],
      links: [...links.values()],
      results,
    },
  };
}

/** Every result that answers for each planned link (a link measured from several machines has several). */
export function resultsByLink(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  const byLink = new Map<string, CheckResult[]>();
  for (const result of results) {
    for (const id of result.links) {
      const list = byLink.get(id);
      if (list) list.push(result);
      else byLink.set(id, [result]);
    }
  }
  return byLink;
}

/**
 * The result that answers for a link among several measurements: the one measured from the link's
 * source when there is one, else the latest.
 */
export function resultForLink(link: PlannedLink, candidates: readonly CheckResult[], defaultVantage: string | undefined): CheckResult | undefined {
  if (candidates.length <= 1) return candidates[0];
  const fromSource = candidates.filter((result) => {
    const from = result.measuredFrom ?? defaultVantage;
    return from !== undefined && isVantageOf(from, link.source);
  });
  const pool = fromSource.length > 0 ? fromSource : candidates;
  return [...pool].sort((a, b) => b.evidence.startedAt.localeCompare(a.evidence.startedAt))[0];
}
