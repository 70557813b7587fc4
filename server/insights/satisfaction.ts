/**
 * Customer satisfaction: the ratings visitors gave in the range, as an average and a count per score. A
 * rating counts on the day it was given, whatever day its conversation began, so a rating is never lost
 * between two ranges or counted in both.
 */
import type { RatingScore } from '../../protocol/entries.js';
import type { Satisfaction } from '../../protocol/insights.js';
import type { ConversationLog } from '../store/store.js';

const SCORES: readonly RatingScore[] = [1, 2, 3, 4, 5];

/** The ratings among `logs` given in [start, end), in ms since the Unix epoch. */
export function satisfactionOf(logs: readonly ConversationLog[], start: number, end: number): Satisfaction {
  const counts = new Map<RatingScore, number>(SCORES.map((score) => [score, 0]));
  let ratings = 0;
  let sum = 0;
  for (const { entries } of logs) {
    for (const entry of entries) {
      if (entry.kind !== 'rated' || entry.at < start || entry.at >= end) continue;
      counts.set(entry.score, (counts.get(entry.score) ?? 0) + 1);
      ratings++;
      sum += entry.score;
    }
  }
  return {
    ratings,
    average: ratings === 0 ? null : sum / ratings,
    distribution: SCORES.map((score) => ({ score, count: counts.get(score) ?? 0 })),
  };
}
