/** The parts of a bot's answer that every HTTP bot adapter checks the same way, and their bounds. */
import * as v from 'valibot';
import { readableText } from '../../protocol/schemas.js';

/** The most messages one answer may hold. */
export const MAX_BOT_MESSAGES = 10;
/** The most quick replies one answer may offer. */
export const MAX_QUICK_REPLIES = 10;
/** The longest quick reply label, in UTF-16 code units. */
export const MAX_QUICK_REPLY_TITLE_LENGTH = 200;
/** The longest quick reply payload, in UTF-16 code units. */
export const MAX_QUICK_REPLY_PAYLOAD_LENGTH = 1000;
/** The most sources one message may cite. */
export const MAX_SOURCES = 5;
/** The longest source title, in UTF-16 code units. */
export const MAX_SOURCE_TITLE_LENGTH = 200;
/** The longest handoff reason, in UTF-16 code units. */
export const MAX_HANDOFF_REASON_LENGTH = 500;

export const quickReplyTitle = readableText(MAX_QUICK_REPLY_TITLE_LENGTH, 'title');

export const quickReplyPayload = v.pipe(
  v.string(),
  v.minLength(1, 'The payload is empty.'),
  v.maxLength(
    MAX_QUICK_REPLY_PAYLOAD_LENGTH,
    `The payload is longer than ${MAX_QUICK_REPLY_PAYLOAD_LENGTH} characters.`,
  ),
);

export const sourceTitle = readableText(MAX_SOURCE_TITLE_LENGTH, 'title');

export const handoffReason = readableText(MAX_HANDOFF_REASON_LENGTH, 'reason');

/** A link a visitor may follow: an absolute http or https address. */
export const webAddress = v.pipe(
  v.string(),
  v.maxLength(2048, 'The address is longer than 2048 characters.'),
  v.url('Not an absolute address.'),
  v.check((url) => /^https?:/i.test(url), 'Only http and https addresses are allowed.'),
);
