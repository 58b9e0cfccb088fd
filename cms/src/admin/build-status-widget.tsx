/*
 * Homepage widget „Veröffentlichung“: tells editors that publishing starts a build and where
 * its status (running build, live release, last failure with reason) is shown — the build
 * runner's status page (scripts/publish/status-page.ts). A link, not a live view: the
 * dashboard's own Content-Security-Policy (Strapi's defaults: connect-src 'self' https:)
 * does not let it fetch the runner on http://127.0.0.1, and widening the dashboard's policy
 * for that is not worth it. STRAPI_ADMIN_BUILD_STATUS_URL (read when the admin is built)
 * points it elsewhere, e.g. to the status page behind the proxy in production.
 */
import { forwardRef, type SVGProps } from 'react';

export const BUILD_STATUS_URL: string = process.env.STRAPI_ADMIN_BUILD_STATUS_URL || 'http://127.0.0.1:4322/';

/** A small upload/publish arrow (Strapi's icon set is not a dependency of this app). */
export const PublishIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(function PublishIcon(props, ref) {
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="1em" height="1em" fill="currentColor" aria-hidden="true" {...props}>
      <path d="M16 3 7 12.5l1.9 1.8L14.7 8v15h2.6V8l5.8 6.3 1.9-1.8L16 3Zm-10 22v4h20v-4h-2.6v1.4H8.6V25H6Z" />
    </svg>
  );
});

export function BuildStatusWidget() {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.75rem', fontSize: '1.4rem', lineHeight: 1.5 }}>
      <p style={{ margin: 0 }}>
        Was Sie veröffentlichen, geht automatisch live: Ein Build holt die Inhalte, baut die Website und prüft sie
        (Links, HTML, Barrierefreiheit). Erst wenn alles besteht, wird umgeschaltet – bei einem Fehler bleibt die
        bisherige Website online.
      </p>
      <p style={{ margin: 0 }}>
        <a href={BUILD_STATUS_URL} target="_blank" rel="noopener noreferrer">
          Veröffentlichungsstatus öffnen (läuft ein Build, welches Release ist live, letzter Fehler mit Grund)
        </a>
      </p>
    </div>
  );
}
