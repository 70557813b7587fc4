import { hashOf, type ConsolePage } from '../chat/page-route.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

interface PageNavProps {
  /** Admins also see the pages only they may use. */
  isAdmin: boolean;
}

/** The console's pages as links; the one shown is marked as the current page. */
export function PageNav({ isAdmin }: PageNavProps) {
  const current = useStore(useModel().$page);
  const link = (page: ConsolePage, label: string) => (
    <a class="pages__link" href={hashOf(page)} aria-current={page === current ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <nav class="pages" aria-label="Pages">
      {link('inbox', 'Inbox')}
      {isAdmin ? link('settings', 'Settings') : null}
    </nav>
  );
}
