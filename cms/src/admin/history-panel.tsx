/*
 * Side panel in the content manager's edit view: the link to the entry's „Versionsgeschichte“
 * (history-page.tsx). Only for saved entries of types with draft & publish (the others have no
 * publications to keep); the page itself asks the server, which applies the organisation rule.
 */
import { forwardRef, type SVGProps } from 'react';

/** A clock with an arrow back (Strapi's icon set is not a dependency of this app). */
export const HistoryIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(function HistoryIcon(props, ref) {
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="1em" height="1em" fill="currentColor" aria-hidden="true" {...props}>
      <path d="M17 4a12 12 0 1 1-11.3 16l2.8-1A9 9 0 1 0 8.6 11H12v3H4V6h3v2.7A12 12 0 0 1 17 4Zm-1.5 5h3v6.4l4.6 4.6-2.1 2.1-5.5-5.5V9Z" />
    </svg>
  );
});

/** What the content manager passes to a side panel (its EditViewContext, the part used here; 5.54). */
interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
  activeTab: 'draft' | 'published' | null;
}

export function HistoryPanel({ model, documentId, document, activeTab }: PanelProps) {
  if (documentId === undefined || activeTab === null || !model.startsWith('api::')) return null;
  const query = new URLSearchParams({ uid: model, documentId, ...(typeof document?.locale === 'string' ? { locale: document.locale } : {}) });
  return {
    title: 'Versionsgeschichte',
    content: (
      <p style={{ margin: 0, fontSize: '1.4rem' }}>
        <a href={`/admin/versionsgeschichte?${query.toString()}`}>Veröffentlichte Fassungen vergleichen und wiederherstellen</a>
      </p>
    ),
  };
}
