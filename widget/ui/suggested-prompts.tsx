import { Choices } from './choices.js';
import { useMessages } from './use-messages.js';

export interface SuggestedPromptsProps {
  greeting: string;
  /** The site's questions; none shows the greeting alone. */
  prompts: readonly string[];
  onPick: (text: string) => void;
}

/** The site's greeting and suggested questions, shown before the first message; pressing one sends it. */
export function SuggestedPrompts({ greeting, prompts, onPick }: SuggestedPromptsProps) {
  const t = useMessages();
  const intro = <p class="intro">{greeting}</p>;
  if (prompts.length === 0) return <div class="prompts">{intro}</div>;
  return (
    <Choices label={t.suggestedQuestions} choices={prompts} onPick={onPick}>
      {intro}
    </Choices>
  );
}
