import type { KnowledgeDocumentSummary, KnowledgeKind } from '../../protocol/http-api.js';
import { ingestCommand } from '../chat/embed-snippet.js';
import { safeLinkUrl } from '../chat/safe-link.js';
import { formatDateTime } from './format-time.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const KIND_LABELS: Record<KnowledgeKind, string> = {
  markdown: 'Markdown',
  html: 'HTML page',
  faq: 'FAQ',
};

/** The document's title, linked to where visitors read it when that is a web address. */
function DocumentTitle({ document }: { document: KnowledgeDocumentSummary }) {
  const href = safeLinkUrl(document.url);
  if (href === null) return <>{document.title}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {document.title}
    </a>
  );
}

/** The site's knowledge documents, which the built-in bot answers from, and how often it cited each. */
export function KnowledgeSettings() {
  const { knowledge, settings } = useModel();
  const siteId = useStore(settings.$siteId);
  const documents = useStore(knowledge.$documents);
  const loadError = useStore(knowledge.$loadError);
  return (
    <section class="settings__section" aria-labelledby="knowledge-title">
      <h3 id="knowledge-title">Knowledge</h3>
      <p class="settings__hint">
        The documents the built-in bot answers from. Add or update them from files or a folder with{' '}
        <code>{ingestCommand(siteId ?? 'SITE_ID')}</code> on the relay’s machine.
      </p>
      {loadError !== null ? (
        <p role="alert">The knowledge documents could not be loaded: {loadError}</p>
      ) : documents === null ? (
        <p role="status">Loading…</p>
      ) : (
        <table class="settings__table">
          <caption class="visually-hidden">Knowledge documents, by title</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Kind</th>
              <th scope="col">Last updated</th>
              <th scope="col">Cited in the last 30 days</th>
            </tr>
          </thead>
          <tbody>
            {documents.length === 0 ? (
              <tr>
                <td colSpan={4}>No documents yet: the assistant cannot answer questions for this site.</td>
              </tr>
            ) : (
              documents.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    <DocumentTitle document={document} />
                  </th>
                  <td>{KIND_LABELS[document.kind]}</td>
                  <td>{formatDateTime(document.updatedAt)}</td>
                  <td>{document.citations}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
