import { factories, type Core } from '@strapi/strapi';
import { hideNonPublicAgendaItems, refuseAgendaQuery } from '../agenda-privacy';

const UID = 'api::meeting.meeting';

/** `this` is typed as a partial controller; at run time the core controller is its prototype. */
type CoreSteps = Core.CoreAPI.Controller.Base;

/** The two methods of the core service used here (Strapi 5.54 core-api collection-type service). */
interface MeetingService {
  find(params: Record<string, unknown>): Promise<{ results: unknown; pagination: object }>;
  findOne(documentId: string, params: Record<string, unknown>): Promise<unknown>;
}

/*
 * The core controller's find/findOne (same steps, in Strapi's order), with the non-public agenda
 * items cut down to number and flag *before* transformResponse — so it holds for every response
 * format (also the v4 format a client can ask for with a header). For every REST caller, public
 * role or API token: the snapshot needs no more (its normaliser keeps only number and flag too),
 * and the editors read the full items in the dashboard, which does not use this controller.
 * create/update/delete stay the core's; the public role has none of them.
 */
export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    const core = this as CoreSteps;
    refuseAgendaQuery(ctx.query);
    await core.validateQuery(ctx);
    const query = await core.sanitizeQuery(ctx);
    const { results, pagination } = await (strapi.service(UID) as unknown as MeetingService).find(query);
    const sanitized = await core.sanitizeOutput(results, ctx);
    return core.transformResponse(hideNonPublicAgendaItems(sanitized), { pagination });
  },

  async findOne(ctx) {
    const core = this as CoreSteps;
    refuseAgendaQuery(ctx.query);
    const { id } = ctx.params as { id: string };
    await core.validateQuery(ctx);
    const query = await core.sanitizeQuery(ctx);
    const entity = await (strapi.service(UID) as unknown as MeetingService).findOne(id, query);
    const sanitized = await core.sanitizeOutput(entity, ctx);
    return core.transformResponse(hideNonPublicAgendaItems(sanitized));
  },
}));
