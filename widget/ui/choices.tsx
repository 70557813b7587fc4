import type { ComponentChildren } from 'preact';

export interface ChoicesProps {
  /** The group's accessible name. */
  label: string;
  choices: readonly string[];
  /** Called with the choice pressed; the choice is sent as the visitor's message. */
  onPick: (text: string) => void;
  /** Shown before the buttons. */
  children?: ComponentChildren;
}

/** Answers the visitor can send with one press: one button each, named by its text. */
export function Choices({ label, choices, onPick, children }: ChoicesProps) {
  return (
    <div class="prompts" role="group" aria-label={label}>
      {children}
      {choices.map((choice, index) => (
        <button key={index} type="button" class="prompt" onClick={() => onPick(choice)}>
          {choice}
        </button>
      ))}
    </div>
  );
}
