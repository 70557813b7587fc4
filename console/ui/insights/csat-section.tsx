import { Definition } from './definition.js';

/** Customer satisfaction: explained, and empty until visitors can rate their conversations. */
export function CsatSection({ definition }: { definition: string }) {
  return (
    <section class="insights__card" aria-labelledby="csat-title">
      <h3 id="csat-title">Customer satisfaction</h3>
      <p class="insights__empty">No ratings yet.</p>
      <Definition text={definition} />
    </section>
  );
}
