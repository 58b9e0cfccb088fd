import type { Event, TopTask } from '@stadtportal/shared';
import type { SiteContent } from './content.ts';
import { upcoming } from './events.ts';
import { officePath, servicePath } from './urls.ts';

/*
 * What the home page shows, decided apart from its markup: the „Häufig gesucht“ links the
 * editors chose and the next events.
 */

export interface TopTaskLink {
  label: string;
  href: string;
  kind: TopTask['kind'];
}

/**
 * Where an Online-Dienst is used: it has no page of its own, so the link goes to the first
 * service card, else the first content page, else the first office page that embeds it.
 */
function onlineServiceHref(content: SiteContent, id: string): string | undefined {
  const s = content.onlineServices.find((o) => o.documentId === id);
  if (s === undefined) return undefined;
  const service = s.services[0];
  if (service !== undefined) return servicePath(content.service(service).slug);
  const page = s.pages[0];
  if (page !== undefined) return content.pathOf(page);
  const office = s.offices[0];
  if (office !== undefined) return officePath(content.office(office).slug);
  return undefined;
}

/** The editors' „Häufig gesucht“ as links, in their order; an Online-Dienst shown nowhere is left out. */
export function topTaskLinks(content: SiteContent, tasks: readonly TopTask[]): TopTaskLink[] {
  return tasks.flatMap((task): TopTaskLink[] => {
    switch (task.kind) {
      case 'service': {
        const s = content.service(task.target);
        return [{ kind: task.kind, label: s.title, href: servicePath(s.slug) }];
      }
      case 'page':
        return [{ kind: task.kind, label: content.page(task.target).title, href: content.pathOf(task.target) }];
      case 'onlineService': {
        const href = onlineServiceHref(content, task.target);
        const s = content.onlineServices.find((o) => o.documentId === task.target);
        return href === undefined || s === undefined ? [] : [{ kind: task.kind, label: s.name, href }];
      }
    }
  });
}

/** The next `n` events that have not ended at `now`, soonest first. */
export function nextEvents(events: readonly Event[], now: Date, n: number): Event[] {
  return [...upcoming(events, now)].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).slice(0, n);
}
