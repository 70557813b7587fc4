import type { RatingScore } from '../../protocol/entries.js';

/** A visitor's rating as words, so it reads the same on screen and aloud: "Rated 4 out of 5". */
export function describeRating(score: RatingScore): string {
  return `Rated ${score} out of 5`;
}
