import { embedSnippet } from '../../protocol/embed-snippet.js';
import { fullPageChatUrl, IDENTIFY_EXAMPLE } from '../chat/embed-snippet.js';
import { CopyButton } from './copy-button.js';

/** What the site's owner pastes into their pages, and the chat's own page, on this relay. */
export function EmbedSnippet({ siteId }: { siteId: string }) {
  // The console is served by the relay, so its origin is the one the widget loads from.
  const origin = window.location.origin;
  const snippet = embedSnippet(origin, siteId);
  const chatUrl = fullPageChatUrl(origin, siteId);
  return (
    <div class="snippet">
      <h4 id="snippet-title">Embed snippet</h4>
      <p class="settings__hint">
        Paste it before <code>&lt;/body&gt;</code> on every page of the allowed origins.
      </p>
      <textarea
        class="field__input site-editor__code snippet__code"
        aria-labelledby="snippet-title"
        readOnly
        rows={4}
        spellcheck={false}
        value={snippet}
      />
      <CopyButton label="Copy snippet" text={snippet} />
      <p>
        The chat on a page of its own:{' '}
        <a href={chatUrl} target="_blank" rel="noopener noreferrer">
          {chatUrl}
        </a>
      </p>
      <p class="settings__hint">Tell the widget who a signed-in user is, from the page:</p>
      <pre class="site-editor__example">
        <code>{IDENTIFY_EXAMPLE}</code>
      </pre>
    </div>
  );
}
