import type { InsightsReport } from '../../../protocol/insights.js';
import { plural } from '../../chat/insights-figures.js';
import { BarList } from './bar-list.js';
import { Definition } from './definition.js';

/** Which knowledge documents the assistant answered from, and how often. */
export function SourceSection({ report }: { report: InsightsReport }) {
  const { documents, answers } = report.sources;
  return (
    <section class="insights__card" aria-labelledby="sources-title">
      <h3 id="sources-title">Knowledge sources used</h3>
      {documents.length === 0 ? (
        <p class="insights__empty">The assistant cited no document in this range.</p>
      ) : (
        <>
          <p>{plural(answers, 'answer')} cited a document.</p>
          <BarList
            label="Answers by document"
            bars={documents.map((document) => ({
              key: document.url ?? document.title,
              label: (
                <>
                  {document.title}
                  {document.url === null ? null : <span class="bar-list__note"> {document.url}</span>}
                </>
              ),
              value: document.answers,
              text: plural(document.answers, 'answer'),
            }))}
          />
        </>
      )}
      <Definition text={report.definitions.sources} />
    </section>
  );
}
