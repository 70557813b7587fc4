/**
 * Which knowledge documents the assistant answered from: each bot answer counts once for every document
 * it cited. A document is known by its address, or by its title when it has none.
 */
import type { SourceUsage } from '../../protocol/insights.js';
import type { Episode } from './episodes.js';

/** How many documents the page lists. */
export const SOURCES_LISTED = 20;

export function sourceUsage(episodes: readonly Episode[]): { documents: SourceUsage[]; answers: number } {
  const documents = new Map<string, SourceUsage>();
  let answers = 0;
  for (const entry of episodes.flatMap((episode) => episode.entries)) {
    if (entry.kind !== 'bot_message' || entry.sources.length === 0) continue;
    answers += 1;
    const cited = new Map(entry.sources.map((source) => [source.url ?? `title:${source.title}`, source]));
    for (const [key, source] of cited) {
      const usage = documents.get(key) ?? { title: source.title, url: source.url, answers: 0 };
      usage.answers += 1;
      documents.set(key, usage);
    }
  }
  const ranked = [...documents.values()].toSorted(
    (left, right) => right.answers - left.answers || left.title.localeCompare(right.title),
  );
  return { documents: ranked.slice(0, SOURCES_LISTED), answers };
}
