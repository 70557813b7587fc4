import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { RatingScore } from '../../protocol/entries.js';
import { MAX_NOTE_LENGTH } from '../../protocol/limits.js';
import type { CommandRequest } from '../chat/command-request.js';
import { FormStatus } from './form-status.js';
import { useMessages } from './use-messages.js';

const SCORES: readonly RatingScore[] = [1, 2, 3, 4, 5];

export interface RatingFormProps {
  request: CommandRequest;
  onRate: (score: RatingScore, comment: string | null) => void;
}

/** "Rate this conversation": a score from 1 to 5 as radio buttons, an optional comment, and a submit button. */
export function RatingForm({ request, onRate }: RatingFormProps) {
  const [score, setScore] = useState<RatingScore | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const t = useMessages();
  const isBusy = request.status === 'sending' || request.status === 'sent';
  const error = problem ?? request.error;

  const submit = (event: TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (score === null) {
      setProblem(t.chooseRating);
      return;
    }
    setProblem(null);
    onRate(score, comment.trim() === '' ? null : comment.trim());
  };

  return (
    <form class="form" onSubmit={submit}>
      <p id="sb-rate" class="form-title">
        {t.rateConversation}
      </p>
      <div class="scores" role="radiogroup" aria-labelledby="sb-rate" aria-describedby="sb-rate-hint">
        {SCORES.map((value) => (
          <label key={value} class="score">
            <input
              type="radio"
              name="score"
              value={value}
              aria-label={t.outOfFive(value)}
              checked={score === value}
              onChange={() => setScore(value)}
            />
            <span aria-hidden="true">{value}</span>
          </label>
        ))}
      </div>
      <p id="sb-rate-hint" class="note">
        {t.ratingScale}
      </p>
      <label class="form-label">
        {t.commentOptional}
        <textarea
          class="field"
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={comment}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
      </label>
      <FormStatus isBusy={isBusy} error={error} />
      {/* Not disabled while sending, so focus stays on it; the store sends one rating at a time. */}
      <button type="submit" class="send">
        {t.submitRating}
      </button>
    </form>
  );
}
