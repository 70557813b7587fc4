import { useEffect } from 'preact/hooks';
import type { InsightsReport } from '../../../protocol/insights.js';
import { formatDay } from '../../chat/insights-figures.js';
import { formatDateTime } from '../format-time.js';
import { useModel } from '../model-context.js';
import { useStore } from '../use-store.js';
import { ContentGapSection } from './content-gap-section.js';
import { CsatSection } from './csat-section.js';
import { HandoffSection } from './handoff-section.js';
import { InsightsFilters } from './insights-filters.js';
import { LeadSection } from './lead-section.js';
import { OutcomeChart } from './outcome-chart.js';
import { QuestionSection } from './question-section.js';
import { RateSection } from './rate-section.js';
import { SourceSection } from './source-section.js';
import { WaitSection } from './wait-section.js';
// oxlint-disable-next-line import/no-unassigned-import -- the page's styles and uPlot's, loaded with this chunk.
import './insights.css';

function ReportHeading({ report }: { report: InsightsReport }) {
  const site = useStore(useModel().insights.$sites).find((candidate) => candidate.id === report.siteId);
  return (
    <div class="insights__scope">
      <p>
        {site?.name ?? report.siteId}, {formatDay(report.from)} to {formatDay(report.to)}, days counted in{' '}
        {report.timeZone.replaceAll('_', ' ')}. Computed at {formatDateTime(report.computedAt)}.
      </p>
      {report.coverage.isComplete ? null : (
        <p class="insights__warning">
          The range holds more conversations than one report reads: these figures cover{' '}
          {report.coverage.conversationsRead.toLocaleString()} of them. Choose a shorter range for complete
          figures.
        </p>
      )}
    </div>
  );
}

/** The Insights page: a site's figures and charts for a date range. */
export function InsightsPage() {
  const { insights } = useModel();
  const state = useStore(insights.$report);

  useEffect(() => {
    void insights.open();
  }, [insights]);

  return (
    <main class="insights" aria-labelledby="insights-title">
      <h2 id="insights-title" class="insights__title">
        Insights
      </h2>
      <InsightsFilters />
      <div role="status" class="insights__status">
        {state.status === 'loading' ? 'Loading the report…' : ''}
      </div>
      {state.status === 'failed' ? (
        <p role="alert" class="insights__error">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <div class="insights__report">
          <ReportHeading report={state.report} />
          <div class="insights__grid">
            <OutcomeChart report={state.report} />
            <RateSection report={state.report} />
            <HandoffSection report={state.report} />
            <CsatSection report={state.report} />
            <WaitSection report={state.report} />
            <QuestionSection report={state.report} />
            <ContentGapSection report={state.report} />
            <SourceSection report={state.report} />
            <LeadSection report={state.report} />
          </div>
        </div>
      ) : null}
    </main>
  );
}
