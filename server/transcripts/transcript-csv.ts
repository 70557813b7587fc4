import type { Entry } from '../../protocol/entries.js';
import { csvRow } from './csv.js';

/** Spreadsheet programs read a CSV file as UTF-8 only when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

export const TRANSCRIPT_COLUMNS = ['seq', 'time', 'kind', 'role', 'name', 'text', 'sources'] as const;

/** Who an entry comes from: the visitor, the bot, an agent, or the relay itself. */
type Role = 'visitor' | 'bot' | 'agent' | 'system';

/**
 * A conversation's log as CSV: a header row, then one row per entry in seq order, with the time in ISO 8601
 * (UTC). Messages carry their text; the other entries a sentence saying what happened. Every cell is safe
 * to open in a spreadsheet (see `csvCell`).
 */
export function transcriptCsv(entries: readonly Entry[]): string {
  return BYTE_ORDER_MARK + csvRow(TRANSCRIPT_COLUMNS) + entries.map((entry) => csvRow(rowOf(entry))).join('');
}

function rowOf(entry: Entry): (string | number)[] {
  const { role, name, text, sources } = describe(entry);
  return [entry.seq, new Date(entry.at).toISOString(), entry.kind, role, name, text, sources];
}

interface Described {
  role: Role;
  /** The agent's name, for their messages and the changes they made. */
  name: string;
  text: string;
  sources: string;
}

function system(text: string, name = ''): Described {
  return { role: 'system', name, text, sources: '' };
}

function describe(entry: Entry): Described {
  switch (entry.kind) {
    case 'visitor_message':
      return { role: 'visitor', name: '', text: entry.text, sources: '' };
    case 'bot_message':
      return {
        role: 'bot',
        name: '',
        text: entry.text,
        sources: entry.sources.map((source) => source.title).join('; '),
      };
    case 'agent_message':
      return { role: 'agent', name: entry.agent.name, text: entry.text, sources: '' };
    case 'handoff_requested':
      return system(`Handoff requested (${entry.trigger}): ${entry.reason}`);
    case 'agent_joined':
      return system('Joined the conversation', entry.agent.name);
    case 'handed_back':
      return system('Handed the conversation back to the assistant', entry.agent.name);
    case 'resolved':
      return system('Resolved the conversation', entry.agent.name);
    case 'reopened':
      return system('The visitor wrote again: the conversation reopened');
    case 'agent_left':
      return system('Left: disconnected past the grace period', entry.agent.name);
    case 'wait_timed_out':
      return system(`Nobody took the conversation within ${minutes(entry.waitedMs)}: back to the assistant`);
    case 'idle_closed':
      return system(`Closed after ${minutes(entry.idleMs)} without a message`);
    case 'handoff_unavailable':
      return system(`Nobody could take the conversation (${entry.why}): ${entry.reason}`);
    case 'message_left':
      return {
        role: 'visitor',
        name: '',
        text: `Left a message for ${entry.email}: ${entry.text}`,
        sources: '',
      };
    case 'wait_escalated':
      return system(
        entry.stage === 'reoffered'
          ? `Nobody took the conversation within ${minutes(entry.waitedMs)}: offered to the team again`
          : `Nobody took the conversation within ${minutes(entry.waitedMs)}: the visitor was offered to leave a message`,
      );
    case 'transferred':
      return system(
        `Transferred to ${entry.to.name}${entry.note === null ? '' : `, with a note: ${entry.note}`}`,
        entry.from.name,
      );
    case 'note_added':
      return { role: 'agent', name: entry.agent.name, text: `Private note: ${entry.text}`, sources: '' };
    case 'internal':
      return system('An entry for agents only');
    case 'rated':
      return {
        role: 'visitor',
        name: '',
        text: `Rated the conversation ${entry.score} out of 5${entry.comment === null ? '' : `: ${entry.comment}`}`,
        sources: '',
      };
  }
}

function minutes(ms: number): string {
  const count = Math.max(1, Math.round(ms / 60_000));
  return count === 1 ? '1 minute' : `${count} minutes`;
}
