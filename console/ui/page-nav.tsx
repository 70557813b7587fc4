import { hashOf, type ConsolePage } from '../chat/page-route.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const LINKS: { page: ConsolePage; label: string; isAdminOnly: boolean }[] = [
  { page: 'inbox', label: 'Inbox', isAdminOnly: false },
  { page: 'insights', label: 'Insights', isAdminOnly: false },
  { page: 'settings', label: 'Settings', isAdminOnly: true },
];

interface PageNavProps {
  /** Admins also see the pages only they may use. */
  isAdmin: boolean;
}

/** Links to the console's pages; the current one is marked for screen readers and drawn as selected. */
export function PageNav({ isAdmin }: PageNavProps) {
  const page = useStore(useModel().$page);
  return (
    <nav class="page-nav" aria-label="Pages">
      {LINKS.filter((link) => isAdmin || !link.isAdminOnly).map((link) => (
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
