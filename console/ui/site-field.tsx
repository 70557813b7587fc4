import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { SiteField } from '../chat/site-fields.js';

/** What a control needs to be labelled, described and marked invalid by its {@link SiteFieldFrame}. */
export interface FieldControlProps {
  id: string;
  name: SiteField | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface SiteFieldFrameProps {
  label: string;
  /** The form field the control is, so the form can focus it when the relay refuses it. */
  name?: SiteField;
  hint?: ComponentChildren;
  error: string | undefined;
  /** Draws the control, given the attributes that tie it to its label, hint and error. */
  children(control: FieldControlProps): ComponentChildren;
}

/**
 * A labelled field of a site form, with its hint and its error under it: the control is marked invalid and
 * described by both, so a screen reader reads what to fix when the focus lands on it.
 */
export function SiteFieldFrame({ label, name, hint, error, children }: SiteFieldFrameProps) {
  const id = useId();
  const hintId = hint === undefined ? null : `${id}-hint`;
  const errorId = error === undefined ? null : `${id}-error`;
  const describedBy = [hintId, errorId].filter((each) => each !== null).join(' ');
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      {children({
        id,
        name,
        'aria-invalid': error === undefined ? undefined : true,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {hint === undefined ? null : (
        <p id={hintId ?? undefined} class="settings__hint">
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p id={errorId ?? undefined} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Moves the focus to the form's control for `field`, after a refusal named it. */
export function focusField(form: HTMLFormElement | null, field: SiteField | null): void {
  if (field === null) return;
  form?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
}
