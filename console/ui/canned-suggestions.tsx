import type { CannedResponse } from '../../protocol/http-api.js';

/** The id of the suggestions list, for the reply box's `aria-controls`. */
export const SUGGESTIONS_ID = 'canned-suggestions';

/** The id of one suggestion, for the reply box's `aria-activedescendant`. */
export function suggestionId(index: number): string {
  return `canned-suggestion-${index}`;
}

interface CannedSuggestionsProps {
  suggestions: readonly CannedResponse[];
  activeIndex: number;
  onPick(response: CannedResponse): void;
}

/**
 * The canned responses matching the `/shortcut` being typed, as the listbox of the reply box's combobox.
 * Focus stays in the reply box; the active option is its `aria-activedescendant`.
 */
export function CannedSuggestions({ suggestions, activeIndex, onPick }: CannedSuggestionsProps) {
  return (
    <ul id={SUGGESTIONS_ID} class="suggestions" role="listbox" aria-label="Canned responses">
      {suggestions.map((response, index) => (
        <li
          key={response.id}
          id={suggestionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          class={index === activeIndex ? 'suggestions__item suggestions__item--active' : 'suggestions__item'}
          // Picking with the mouse must not move focus out of the reply box first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(response)}
        >
          <span class="suggestions__shortcut">/{response.shortcut}</span>{' '}
          <span class="suggestions__text">{response.text}</span>
        </li>
      ))}
    </ul>
  );
}
