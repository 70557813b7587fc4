/** The longest message text the relay accepts, in UTF-16 code units. */
export const MAX_MESSAGE_LENGTH = 4000;

/** The most entries one resume or open answer carries; a client with more to fetch asks again. */
export const MAX_ENTRIES_PER_PAGE = 500;

/** The longest range an Insights report covers, in days, both ends included. */
export const MAX_INSIGHTS_DAYS = 366;

/** The longest private note, transfer note or rating comment, in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 1000;

/** The shortest password an admin may give a new agent. */
export const MIN_PASSWORD_LENGTH = 12;
