import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { parseHTML } from 'linkedom';

/*
 * Renders a component with Astro's container API and parses the result. In tests components
 * render in dev mode (with data-astro-source-* attributes), so tests assert on the DOM, never on
 * the HTML string.
 */

export const TEST_SITE = 'http://127.0.0.1:4321';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;
function getContainer(): Promise<AstroContainer> {
  container ??= AstroContainer.create({ astroConfig: { site: TEST_SITE, trailingSlash: 'always' } });
  return container;
}

export async function renderHtml(component: Component, options: ContainerRenderOptions = {}): Promise<string> {
  return (await getContainer()).renderToString(component, options);
}

/** A fragment (e.g. blocks) inside a document body. */
export async function renderFragment(component: Component, props: Record<string, unknown>): Promise<Document> {
  const html = await renderHtml(component, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** A full page (layout). */
export async function renderPage(component: Component, options: ContainerRenderOptions): Promise<Document> {
  const html = await renderHtml(component, { ...options, partial: false });
  return parseHTML(html).document;
}
