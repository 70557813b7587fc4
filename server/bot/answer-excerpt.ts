/**
 * Shortens a passage to fit a chat bubble without cutting a sentence in half.
 */

/** A sentence and what separates it from the one before: a space within a paragraph, a line break between. */
interface Piece {
  separator: '' | ' ' | '\n';
  text: string;
}

const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=\S)/;

/**
 * The longest run of whole sentences from the start of `text` that fits in `maxLength` characters, with
 * its line breaks kept. When even the first sentence is too long, it is cut at a word and ends with "…".
 */
export function answerExcerpt(text: string, maxLength: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxLength) return trimmed;

  const pieces: Piece[] = trimmed
    .split('\n')
    .flatMap((line, lineIndex) =>
      line
        .trim()
        .split(SENTENCE_END)
        .map((sentence, index): Piece => ({
          separator: index > 0 ? ' ' : lineIndex > 0 ? '\n' : '',
          text: sentence,
        })),
    )
    .filter((piece) => piece.text.length > 0);

  let excerpt = '';
  for (const piece of pieces) {
    const next = excerpt === '' ? piece.text : `${excerpt}${piece.separator}${piece.text}`;
    if (next.length > maxLength) break;
    excerpt = next;
  }
  if (excerpt !== '') return excerpt;

  const cut = trimmed.slice(0, maxLength - 1);
  const endsAtWord = /\s/.test(trimmed.charAt(maxLength - 1));
  const lastSpace = cut.lastIndexOf(' ');
  const words = endsAtWord || lastSpace <= 0 ? cut : cut.slice(0, lastSpace);
  return `${words.replace(/[\s,;:]+$/, '')}…`;
}
