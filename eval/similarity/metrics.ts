/** Scores against binary gold: ROC AUC, and precision/recall/F1 at a threshold. */
export interface Scored {
  score: number;
  gold: boolean;
}

/** Area under the ROC curve (ties count half). */
export function auc(items: readonly Scored[]): number {
  const sorted = [...items].sort((x, y) => x.score - y.score);
  const positives = items.filter((item) => item.gold).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let rankSum = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) j += 1;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if (sorted[k]?.gold) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface Prf {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function prfAt(items: readonly Scored[], threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const item of items) {
    const predicted = item.score >= threshold;
    if (predicted && item.gold) tp += 1;
    else if (predicted) fp += 1;
    else if (item.gold) fn += 1;
    else tn += 1;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1, accuracy: (tp + tn) / Math.max(1, items.length) };
}

/** The threshold with the best F1 on `items` (ties: the higher threshold, the more precise). */
export function bestF1(items: readonly Scored[]): Prf {
  const thresholds = [...new Set(items.map((item) => item.score))].sort((x, y) => y - x);
  let best = prfAt(items, Number.POSITIVE_INFINITY);
  for (const threshold of thresholds) {
    const prf = prfAt(items, threshold);
    if (prf.f1 > best.f1) best = prf;
  }
  return best;
}

/** The lowest threshold whose precision on `items` is at least `target`. */
export function thresholdForPrecision(items: readonly Scored[], target: number): Prf {
  const thresholds = [...new Set(items.map((item) => item.score))].sort((x, y) => x - y);
  for (const threshold of thresholds) {
    const prf = prfAt(items, threshold);
    if (prf.precision >= target) return prf;
  }
  return prfAt(items, Number.POSITIVE_INFINITY);
}
