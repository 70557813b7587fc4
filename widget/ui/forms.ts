/** The forms loaded only when offered (see `use-forms.ts`): one chunk, kept out of the frame's first load. */
export { LeaveMessageForm } from './leave-message-form.js';
export { RatingForm } from './rating-form.js';
