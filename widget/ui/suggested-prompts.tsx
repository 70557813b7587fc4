import { Choices } from './choices.js';

/** Questions a new visitor can ask with one press. */
const PROMPTS = ['What is your return policy?', 'How long does shipping take?', 'Where is my order?'];

/** The greeting and suggested questions shown before the first message; pressing one sends it. */
export function SuggestedPrompts({ onPick }: { onPick: (text: string) => void }) {
  return (
    <Choices label="Suggested questions" choices={PROMPTS} onPick={onPick}>
      <p class="intro">Hi! Ask a question, or pick one of these.</p>
    </Choices>
  );
}
