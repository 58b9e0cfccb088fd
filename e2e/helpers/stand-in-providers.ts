import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * Stand-in providers for the Online-Dienste tests (ADR 0009): small HTTP servers on 127.0.0.1,
 * each on its own port and therefore its own origin, like the real third parties. They exist only
 * here, started and stopped by the tests; nothing of them is part of the product. Each records
 * the requests it receives, so a test can prove from the provider's side too that nothing
 * arrived before consent.
 *
 * - forms:       an online form (iframe), with a resize message on load
 * - appointment: appointment booking (iframe) showing the office and topic presets it received
 * - payment:     a payment page (link out) that redirects to the return URL of the chosen outcome
 * - portal:      the state portal (iframe) and a script widget (the Behördenmelder)
 */

/** The height the framed stand-ins ask for on load (message `stadtportal:resize`). */
export const STAND_IN_HEIGHT = 640;

export interface StandIn {
  origin: string;
  /** Paths with query of every request received, in order. */
  requests: string[];
}

export interface StandInProviders {
  forms: StandIn;
  appointment: StandIn;
  payment: StandIn;
  portal: StandIn;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, resize: boolean): string {
  // The provider's own page: its inline script is the provider's business (our CSP does not apply inside its frame).
  const script = resize
    ? `<script>window.addEventListener('load', () => parent.postMessage({ type: 'stadtportal:resize', height: ${STAND_IN_HEIGHT} }, '*'));</script>`
    : '';
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${body}</main>${script}</body></html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

type Handler = (url: URL, req: IncomingMessage, res: ServerResponse) => void;

const handlers: Record<Exclude<keyof StandInProviders, 'close'>, Handler> = {
  forms(url, _req, res) {
    const leistung = url.searchParams.get('leistung') ?? '';
    send(
      res,
      200,
      'text/html; charset=utf-8',
      page(
        'Online-Formular (Stand-in)',
        `<p data-leistung="${esc(leistung)}">Leistung: ${esc(leistung)}</p><form><label for="name">Name</label> <input id="name" name="name"><button>Absenden</button></form>`,
        url.pathname === '/formular',
      ),
    );
  },
  appointment(url, _req, res) {
    const amt = url.searchParams.get('amt') ?? '';
    const leistung = url.searchParams.get('leistung') ?? '';
    send(
      res,
      200,
      'text/html; charset=utf-8',
      page(
        'Terminbuchung (Stand-in)',
        `<p id="amt">${esc(amt)}</p><p id="leistung">${esc(leistung)}</p><form><label for="tag">Wunschtag</label> <input id="tag" name="tag" type="date"><button>Termin buchen</button></form>`,
        url.pathname === '/buchung',
      ),
    );
  },
  payment(url, _req, res) {
    if (url.pathname === '/weiter') {
      // The platform's redirect back to the municipality's page for the outcome (ePayBL-style).
      const target = url.searchParams.get(url.searchParams.get('ergebnis') ?? '') ?? '';
      if (!/^https?:\/\//.test(target)) {
        send(res, 400, 'text/plain; charset=utf-8', 'Rückkehr-Adresse fehlt');
        return;
      }
      res.writeHead(303, { location: target, 'cache-control': 'no-store' }).end();
      return;
    }
    const keep = ['ok', 'err', 'cancel'].map((k) => `${k}=${encodeURIComponent(url.searchParams.get(k) ?? '')}`).join('&');
    const links = [
      ['ok', 'Jetzt bezahlen'],
      ['err', 'Zahlung schlägt fehl'],
      ['cancel', 'Zahlung abbrechen'],
    ]
      .map(([k, label]) => `<li><a href="/weiter?ergebnis=${k}&amp;${esc(keep)}">${label}</a></li>`)
      .join('');
    send(res, 200, 'text/html; charset=utf-8', page('Bezahlen (Stand-in)', `<p id="betrag">12,00 €</p><ul>${links}</ul>`, false));
  },
  portal(url, _req, res) {
    if (url.pathname === '/melder/widget.js') {
      send(
        res,
        200,
        'text/javascript; charset=utf-8',
        `for (const root of document.querySelectorAll('[data-stadtportal-widget]')) { const p = document.createElement('p'); p.className = 'melder-widget'; p.textContent = 'Behördenmelder-Widget für ' + root.dataset.startUrl; root.append(p); }`,
      );
      return;
    }
    send(
      res,
      200,
      'text/html; charset=utf-8',
      page('Bürger- und Unternehmensservice (Stand-in)', '<p><a href="/leistungen">Leistungen des Landes</a></p>', url.pathname === '/bus/'),
    );
  },
};

function start(handler: Handler): Promise<{ standIn: StandIn; server: Server }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Nur GET');
      return;
    }
    handler(url, req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ standIn: { origin: `http://127.0.0.1:${port}`, requests }, server });
    });
  });
}

export async function startStandInProviders(): Promise<StandInProviders> {
  const names = Object.keys(handlers) as (keyof typeof handlers)[];
  const started = await Promise.all(names.map((n) => start(handlers[n])));
  const byName = Object.fromEntries(names.map((n, i) => [n, started[i]?.standIn])) as Record<keyof typeof handlers, StandIn>;
  return {
    ...byName,
    close: async () => {
      await Promise.all(
        started.map(
          ({ server }) =>
            new Promise<void>((resolve, reject) => {
              server.closeAllConnections();
              server.close((e) => (e ? reject(e) : resolve()));
            }),
        ),
      );
    },
  };
}
