import { hashOf, type ConsolePage } from '../chat/page-route.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const LINKS: { page: ConsolePage; label: string }[] = [
  { page: 'inbox', label: 'Inbox' },
  { page: 'insights', label: 'Insights' },
];

/** Links to the console's pages; the current one is marked for screen readers and drawn as selected. */
export function PageNav() {
  const page = useStore(useModel().$page);
  return (
    <nav class="page-nav" aria-label="Pages">
      {LINKS.map((link) => (
        <a
          key={link.page}
          class="page-nav__link"
          href={hashOf(link.page)}
          aria-current={link.page === page ? 'page' : undefined}
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
