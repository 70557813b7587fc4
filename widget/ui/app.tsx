import { useEffect, useRef } from 'preact/hooks';
import type { SiteBranding } from '../../protocol/sites.js';
import type { ChatSession } from '../chat/chat-session.js';
import { offeredQuickReplies } from '../chat/timeline.js';
import { Choices } from './choices.js';
import { Composer } from './composer.js';
import { ConnectionBanner } from './connection-banner.js';
import { HandoffButton } from './handoff-button.js';
import { Header } from './header.js';
import { MessageList } from './message-list.js';
import { QueuePosition } from './queue-position.js';
import { SuggestedPrompts } from './suggested-prompts.js';
import { TypingIndicator } from './typing-indicator.js';
import { useForms } from './use-forms.js';
import { useMessages } from './use-messages.js';
import { useStore } from './use-store.js';

export interface AppProps {
  session: ChatSession;
  /** The site's look and words: the assistant's name, logo, greeting and suggested prompts. */
  branding: SiteBranding;
  /** Asks the host page to close the panel; null on the full page, which has nothing to close. */
  onClose: (() => void) | null;
  /** The console's preview: the greeting and prompts stay in view beside the sample lines. */
  isPreview?: boolean;
}

/**
 * The chat panel: header, connection state, conversation, typing and queue lines, the form on offer (rating or
 * leaving a message), suggested prompts or quick replies, composer.
 */
export function App({ session, branding, onClose, isPreview = false }: AppProps) {
  const t = useMessages();
  const timeline = useStore(session.$timeline);
  const conversation = useStore(session.$conversation);
  const connection = useStore(session.$connection);
  const handoff = useStore(session.$handoff);
  const isPanelOpen = useStore(session.$isPanelOpen);
  const queueLine = useStore(session.$queueLine);
  const typing = useStore(session.$typing);
  const offer = useStore(session.$formOffer);
  const rating = useStore(session.$rating);
  const lead = useStore(session.$lead);
  const forms = useForms(offer !== null && connection === 'online');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const quickReplies = offeredQuickReplies(timeline);

  // The button pressed goes away with the choice it sent, so focus moves on to the message field.
  const pick = (text: string): void => {
    session.send(text);
    fieldRef.current?.focus();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.isComposing && !event.defaultPrevented) onClose?.();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  // A new visitor reads the greeting before anything else; the preview shows it above its sample exchange.
  const prompts = (
    <SuggestedPrompts greeting={branding.greeting} prompts={branding.suggestedPrompts} onPick={pick} />
  );
  return (
    <div class="chat">
      <Header
        assistantName={branding.assistantName}
        logoUrl={branding.logoUrl}
        conversation={conversation}
        onClose={onClose}
      />
      <ConnectionBanner connection={connection} />
      {isPreview && prompts}
      <MessageList
        items={timeline}
        assistantName={branding.assistantName}
        onRetry={session.retry}
        onDiscard={session.discard}
      />
      {timeline.length === 0 && !isPreview && prompts}
      <TypingIndicator typing={typing} />
      <QueuePosition text={queueLine} />
      {forms !== null && offer?.kind === 'rating' && (
        // Keyed by the offer, so a later resolution starts from an empty form.
        <forms.RatingForm key={offer.seq} request={rating} onRate={session.rate} />
      )}
      {forms !== null && offer?.kind === 'lead' && (
        <forms.LeaveMessageForm key={offer.seq} request={lead} onLeave={session.leaveMessage} />
      )}
      {quickReplies.length > 0 && <Choices label={t.suggestedReplies} choices={quickReplies} onPick={pick} />}
      <Composer
        onSend={session.send}
        onTyping={session.typing}
        onStopTyping={session.stopTyping}
        shouldFocus={isPanelOpen}
        fieldRef={fieldRef}
      />
      <HandoffButton
        state={conversation?.state ?? null}
        request={handoff}
        onRequest={session.requestHandoff}
      />
    </div>
  );
}
