import type { Core } from '@strapi/strapi';
import { assertMayPreview, type PreviewRequest } from '../../preview/access';

/*
 * Extension of the content manager (Strapi loads dist/src/extensions/<plugin>/strapi-server.js):
 * its preview controller hands out a signed link only to users who may read the document
 * (src/preview/access.ts). Wrapped at the controller, not the route: the route list of the
 * plugin is internal, the controller name is what the route points to.
 */

interface PreviewController {
  getPreviewUrl(ctx: PreviewRequest): Promise<unknown>;
}

interface ContentManagerPlugin {
  controllers: Record<string, unknown>;
}

type ControllerFactory = (deps: { strapi: Core.Strapi }) => PreviewController;

export default (plugin: ContentManagerPlugin): ContentManagerPlugin => {
  const original = plugin.controllers.preview;
  if (typeof original !== 'function') throw new Error('Content-Manager: Controller „preview“ fehlt – Strapi-Version prüfen.');
  const factory = original as ControllerFactory;
  plugin.controllers.preview = (deps: { strapi: Core.Strapi }): PreviewController => {
    const controller = factory(deps);
    return {
      ...controller,
      async getPreviewUrl(ctx: PreviewRequest) {
        await assertMayPreview(deps.strapi, ctx);
        return controller.getPreviewUrl(ctx);
      },
    };
  };
  return plugin;
};
