import type { Core } from '@strapi/strapi';

/*
 * Strapi → build runner (scripts/publish/runner.ts, docs/adr/0006): when BUILD_WEBHOOK_URL and
 * WEBHOOK_SECRET are set (`pnpm start` sets both), exactly one webhook with that URL exists,
 * sends the events that change the site and carries `Authorization: Bearer <secret>`. Runs on
 * every start, so a new secret or port takes effect without anyone opening Settings → Webhooks.
 *
 * Events: publish, unpublish and delete change what is published; media changes the files the
 * site copies. entry.create/entry.update are included because the site settings have no
 * draft-and-publish and only ever emit those; the runner skips them when the entry is a
 * draft (publishedAt null), so saving a draft builds nothing. entry.draft-discard changes no
 * published content and is left out.
 */

export const WEBHOOK_NAME = 'Stadtportal: Build-Runner (automatisch verwaltet)';

export const WEBHOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
] as const;

export interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

type WebhookInput = Omit<Webhook, 'id'>;

/** @strapi/core 5.54 services/webhook-store.js and webhook-runner.js: the parts we call. */
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<WebhookInput, 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: string, data: WebhookInput): Promise<Webhook | null>;
  deleteWebhook(id: string): Promise<Webhook | null>;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

const sameEvents = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Create, repair or keep the runner's webhook. Strapi loads stored webhooks into its runner
 * before the app's bootstrap, so every change here is applied to the running runner too
 * (as the admin's webhook controller does).
 */
export async function ensureBuildWebhook(strapi: Core.Strapi, url: string | undefined, secret: string | undefined): Promise<void> {
  if (!url || !secret) return;
  if (secret.length < 16) throw new Error('bootstrap: WEBHOOK_SECRET ist kürzer als 16 Zeichen – der Build-Runner würde jeden Webhook ablehnen.');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`bootstrap: BUILD_WEBHOOK_URL „${url}“ ist keine gültige URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`bootstrap: BUILD_WEBHOOK_URL „${url}“ muss http(s) sein.`);

  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const wanted: WebhookInput = {
    name: WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${secret}` },
    events: [...WEBHOOK_EVENTS],
    isEnabled: true,
  };
  // Ours: same URL, or our name with an old URL (the runner's port changed).
  const ours = (await store.findWebhooks()).filter((w) => w.url === url || w.name === WEBHOOK_NAME);
  const [keep, ...extra] = [...ours].sort((a, b) => Number(b.url === url) - Number(a.url === url) || Number(a.id) - Number(b.id));
  for (const w of extra) {
    await store.deleteWebhook(w.id);
    runner.remove(w);
  }
  if (!keep) {
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`Webhook zum Build-Runner angelegt: ${url}`);
    return;
  }
  const current =
    keep.url === url &&
    keep.name === WEBHOOK_NAME &&
    keep.isEnabled &&
    keep.headers?.Authorization === wanted.headers.Authorization &&
    Object.keys(keep.headers ?? {}).length === 1 &&
    sameEvents(keep.events ?? [], wanted.events);
  if (current && extra.length === 0) return;
  const updated = await store.updateWebhook(keep.id, wanted);
  if (updated) runner.update(updated);
  strapi.log.info(`Webhook zum Build-Runner aktualisiert: ${url}${extra.length ? ` (${extra.length} doppelte entfernt)` : ''}`);
}
