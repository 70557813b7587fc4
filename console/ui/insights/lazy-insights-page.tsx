import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The Insights page, loaded when first shown: its charting library is most of its weight, and an agent
 * who only answers visitors never needs it.
 */
export function LazyInsightsPage() {
  const [Page, setPage] = useState<ComponentType | null>(null);
  const [hasFailed, setHasFailed] = useState(false);

  useEffect(() => {
    let isShown = true;
    import('./insights-page.js').then(
      (module) => isShown && setPage(() => module.InsightsPage),
      () => isShown && setHasFailed(true),
    );
    return () => {
      isShown = false;
    };
  }, []);

  if (hasFailed) {
    return (
      <p class="splash" role="alert">
        The Insights page could not be loaded. Reload the page to try again.
      </p>
    );
  }
  if (Page === null) {
    return (
      <p class="splash" role="status">
        Loading Insights…
      </p>
    );
  }
  return <Page />;
}
