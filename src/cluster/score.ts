// B-cubed precision, recall and F1 of predicted clusters against gold clusters, with the same
// definition as shared/check/score-clusters.mjs: only gold documents are scored, and a gold
// document no cluster holds counts as a cluster of its own.

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
}

export function bcubed(gold: Map<string, string>, predicted: string[][]): Scores {
  const predictedOf = new Map<string, string>();
  predicted.forEach((ids, i) => ids.forEach((id) => gold.has(id) && !predictedOf.has(id) && predictedOf.set(id, `e${i}`)));
  for (const id of gold.keys()) if (!predictedOf.has(id)) predictedOf.set(id, `alone:${id}`);
  const groups = (m: Map<string, string>): Map<string, string[]> => {
    const g = new Map<string, string[]>();
    for (const [id, c] of m) g.set(c, [...(g.get(c) ?? []), id]);
    return g;
  };
  const goldGroups = groups(gold);
  const predGroups = groups(predictedOf);
  let precision = 0;
  let recall = 0;
  for (const id of gold.keys()) {
    const p = predGroups.get(predictedOf.get(id) as string) as string[];
    const t = goldGroups.get(gold.get(id) as string) as string[];
    const both = p.filter((o) => gold.get(o) === gold.get(id)).length;
    precision += both / p.length;
    recall += both / t.length;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), predicted: predGroups.size };
}

