import type { Finding, Message, Severity } from '../../analysis';

/** A redesign move with the findings it answers. */
export interface RankedMove {
  move: Message;
  findings: Finding[];
  /** The most severe of those findings. */
  severity: Severity;
  /** Other moves of the same kind (same key), ranked lower: "give X to Y" for other X and Y. */
  similar: number;
}

const WEIGHT: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };
const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

const keyOf = (m: Message) =>
  `${m.key} ${Object.keys(m.params)
    .sort()
    .map((k) => `${k}=${m.params[k]}`)
    .join(' ')}`;

/**
 * The most useful move of each kind, best kind first. A move (key and parameters) scores
 * the severity weights of the findings that suggest it; each kind (key) is shown once, by
 * its best move, so the list names different things to do rather than one move per role.
 * Ties keep the findings' order, which is most severe first.
 */
export function rankMoves(findings: readonly Finding[], limit: number): RankedMove[] {
  const byKey = new Map<string, Omit<RankedMove, 'similar'> & { score: number; first: number }>();
  findings.forEach((finding, index) => {
    for (const move of finding.suggestedMoves) {
      const key = keyOf(move);
      const entry = byKey.get(key);
      if (!entry) {
        byKey.set(key, {
          move,
          findings: [finding],
          severity: finding.severity,
          score: WEIGHT[finding.severity],
          first: index,
        });
      } else if (!entry.findings.includes(finding)) {
        entry.findings.push(finding);
        entry.score += WEIGHT[finding.severity];
        if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
      }
    }
  });
  const best = new Map<string, RankedMove>();
  for (const { move, findings: answered, severity } of [...byKey.values()].sort(
    (a, b) => b.score - a.score || a.first - b.first,
  )) {
    const kind = best.get(move.key);
    if (kind) kind.similar++;
    else best.set(move.key, { move, findings: answered, severity, similar: 0 });
  }
  return [...best.values()].slice(0, limit);
}
