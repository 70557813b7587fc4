/**
 * Every sentence the chat frame shows a visitor, in one language. English is in the frame's first load
 * (`en.ts`); other languages are chunks of their own, loaded only for the visitors who read them.
 */
export interface Messages {
  /** The frame's document title and the panel's fallback when the chat cannot start. */
  chat: string;
  cannotStart: string;
  connecting: string;
  reconnecting: string;
  unavailable: string;
  /** The composer: the field's name and placeholder, and its button. */
  message: string;
  writeMessage: string;
  send: string;
  talkToPerson: string;
  askingForPerson: string;
  waitingForPerson: string;
  chattingWith: (agentName: string) => string;
  closeChat: string;
  /** Who wrote the visitor's own lines. */
  you: string;
  source: string;
  sending: string;
  notSent: (why: string) => string;
  retry: string;
  remove: string;
  /** The transcript's accessible name. */
  conversation: string;
  suggestedQuestions: string;
  suggestedReplies: string;
  isTyping: (name: string) => string;
  /** The queue line; `minutes` is null when the relay has no estimate. */
  queuePosition: (position: number, minutes: number | null) => string;
  rateConversation: string;
  chooseRating: string;
  outOfFive: (score: number) => string;
  ratingScale: string;
  commentOptional: string;
  submitRating: string;
  leaveMessageTitle: string;
  email: string;
  yourQuestion: string;
  writeQuestion: string;
  leaveMessage: string;
  emailMissing: string;
  emailMalformed: string;
  /** System lines: each change of who answers, as the visitor reads it. */
  askedForPerson: string;
  gettingPerson: string;
  nobodyOnline: string;
  nobodyAvailable: string;
  /** "We're back Monday 9:00", with the weekday and time already formatted. */
  backAt: (when: string) => string;
  leaveMessageBelow: string;
  stillLooking: string;
  sorryForWait: string;
  agentJoined: (name: string) => string;
  transferred: (from: string, to: string) => string;
  handedBack: (name: string) => string;
  resolved: (name: string) => string;
  reopened: string;
  agentLeft: (name: string) => string;
  waitTimedOut: string;
  idleClosed: string;
  messageLeft: (email: string) => string;
  thanksForRating: string;
  /** The preview's sample lines, drawn in the console's branding editor. */
  sampleQuestion: string;
  sampleAnswer: string;
}
