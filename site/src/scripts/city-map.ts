/*
 * The city map island (components/islands/CityMap.astro, ADR 0013): a small tile renderer
 * instead of a map library — tiles are <img> elements, markers are links to the places' pages.
 * It contacts the tile provider only after the visitor chose „Karte laden“, or chose earlier to
 * remember the consent for that provider origin (the same store as the Online-Dienste, so the
 * privacy page can withdraw it). Positions are set through the CSSOM (element.style), which the
 * CSP allows, never as a style="" attribute.
 */
import { CONSENT_CHANGE_EVENT as CHANGE_EVENT, CONSENT_STORAGE_KEY, parseConsents, withConsent, withoutConsent, type ConsentRecord } from '../lib/consent.ts';
import { fitView, pointInView, tilesFor, tileUrl, type Point } from '../lib/map-geometry.ts';

/* Below this the town is a dot; above maxZoom the provider has no tiles. */
const MIN_ZOOM = 10;
const PAN_STEP = 96;

interface Marker {
  name: string;
  category: string;
  href: string;
  lat: number;
  lon: number;
}

function readConsents(): ConsentRecord {
  try {
    return parseConsents(window.localStorage.getItem(CONSENT_STORAGE_KEY));
  } catch {
    // Storage blocked (privacy mode, policy): nothing is remembered, consent works per page view.
    return {};
  }
}

function writeConsents(record: ConsentRecord): void {
  try {
    if (Object.keys(record).length === 0) window.localStorage.removeItem(CONSENT_STORAGE_KEY);
    else window.localStorage.setItem(CONSENT_STORAGE_KEY, JSON.stringify(record));
  } catch (error) {
    // Not swallowed: the map still loads for this page view; only remembering failed.
    console.warn('Einwilligung konnte nicht gespeichert werden', error);
    return;
  }
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

function part<T extends Element>(root: Element, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`city-map: ${selector} fehlt im Markup`);
  return el;
}

function parseMarkers(raw: string | undefined): Marker[] {
  const data: unknown = JSON.parse(raw ?? '[]');
  if (!Array.isArray(data)) throw new Error('city-map: data-markers ist keine Liste');
  return data as Marker[];
}

class CityMap extends HTMLElement {
  #view: HTMLElement | null = null;
  #tiles: HTMLElement | null = null;
  #markers: HTMLAnchorElement[] = [];
  #zoom = MIN_ZOOM;
  /** Centre of the view in world pixels at #zoom. */
  #center: Point = { x: 0, y: 0 };

  connectedCallback(): void {
    const origin = this.dataset['origin'] ?? '';
    const load = part<HTMLButtonElement>(this, '[data-load]');
    const remember = part<HTMLInputElement>(this, '[data-remember]');
    part<HTMLElement>(this, '[data-nojs]').hidden = true;
    part<HTMLElement>(this, '[data-controls]').hidden = false;
    remember.checked = origin in readConsents();

    load.addEventListener('click', () => {
      if (remember.checked) writeConsents(withConsent(readConsents(), origin, new Date()));
      this.#load(true);
    });
    remember.addEventListener('change', () => {
      if (!remember.checked && origin in readConsents()) writeConsents(withoutConsent(readConsents(), origin));
    });
    part<HTMLButtonElement>(this, '[data-withdraw]').addEventListener('click', () => {
      writeConsents(withoutConsent(readConsents(), origin));
      remember.checked = false;
      this.#unload();
      load.focus();
    });
    part<HTMLButtonElement>(this, '[data-zoom-in]').addEventListener('click', () => this.#zoomBy(1));
    part<HTMLButtonElement>(this, '[data-zoom-out]').addEventListener('click', () => this.#zoomBy(-1));
    // Consent remembered earlier: load at once, without taking the focus from where the visitor is.
    if (origin in readConsents()) this.#load(false);
  }

  #status(text: string): void {
    part<HTMLElement>(this, '[data-status]').textContent = text;
  }

  #load(moveFocus: boolean): void {
    if (this.#view) return;
    this.#status(this.dataset['msgLoading'] ?? '');
    part<HTMLElement>(this, '[data-consent]').hidden = true;
    part<HTMLElement>(this, '[data-tools]').hidden = false;
    part<HTMLElement>(this, '[data-attribution]').hidden = false;

    const view = document.createElement('div');
    view.className = 'city-map-view';
    view.tabIndex = 0;
    view.setAttribute('role', 'region');
    view.setAttribute('aria-label', this.dataset['region'] ?? '');
    const tiles = document.createElement('div');
    // Tiles are decoration for the markers and the list; screen readers skip them.
    tiles.setAttribute('aria-hidden', 'true');
    view.append(tiles);
    const markers = parseMarkers(this.dataset['markers']);
    this.#markers = markers.map((m) => {
      const a = document.createElement('a');
      a.className = 'city-map-marker';
      a.href = m.href;
      a.dataset['lat'] = String(m.lat);
      a.dataset['lon'] = String(m.lon);
      a.title = m.name;
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = `${m.name} (${m.category})`;
      a.append(label);
      view.append(a);
      return a;
    });
    part<HTMLElement>(this, '[data-host]').append(view);
    this.#view = view;
    this.#tiles = tiles;

    const maxZoom = Number(this.dataset['maxZoom'] ?? '18');
    const fit = fitView(markers, view.clientWidth, view.clientHeight, Math.min(maxZoom, 17));
    this.#zoom = Math.max(fit.zoom, Math.min(MIN_ZOOM, maxZoom));
    this.#center = fit.zoom === this.#zoom ? fit.center : { x: fit.center.x * 2 ** (this.#zoom - fit.zoom), y: fit.center.y * 2 ** (this.#zoom - fit.zoom) };
    this.#bindPanning(view);
    this.#render();
    this.#status(this.dataset['msgLoaded'] ?? '');
    if (moveFocus) view.focus();
  }

  #unload(): void {
    this.#view?.remove();
    this.#view = null;
    this.#tiles = null;
    this.#markers = [];
    part<HTMLElement>(this, '[data-consent]').hidden = false;
    part<HTMLElement>(this, '[data-tools]').hidden = true;
    part<HTMLElement>(this, '[data-attribution]').hidden = true;
    this.#status(this.dataset['msgWithdrawn'] ?? '');
  }

  #zoomBy(delta: number): void {
    const maxZoom = Number(this.dataset['maxZoom'] ?? '18');
    const next = Math.min(maxZoom, Math.max(MIN_ZOOM, this.#zoom + delta));
    if (next === this.#zoom) return;
    const f = 2 ** (next - this.#zoom);
    this.#center = { x: this.#center.x * f, y: this.#center.y * f };
    this.#zoom = next;
    this.#render();
  }

  #pan(dx: number, dy: number): void {
    this.#center = { x: this.#center.x + dx, y: this.#center.y + dy };
    this.#render();
  }

  #bindPanning(view: HTMLElement): void {
    let last: Point | null = null;
    view.addEventListener('pointerdown', (e) => {
      // A press on a marker is a click on its link, not the start of a drag.
      if (e.target instanceof HTMLAnchorElement) return;
      last = { x: e.clientX, y: e.clientY };
      view.setPointerCapture(e.pointerId);
    });
    view.addEventListener('pointermove', (e) => {
      if (!last) return;
      this.#pan(last.x - e.clientX, last.y - e.clientY);
      last = { x: e.clientX, y: e.clientY };
    });
    const end = (): void => {
      last = null;
    };
    view.addEventListener('pointerup', end);
    view.addEventListener('pointercancel', end);
    view.addEventListener('keydown', (e) => {
      if (e.target !== view) return;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [-PAN_STEP, 0],
        ArrowRight: [PAN_STEP, 0],
        ArrowUp: [0, -PAN_STEP],
        ArrowDown: [0, PAN_STEP],
      };
      const move = moves[e.key];
      if (move) {
        e.preventDefault();
        this.#pan(move[0], move[1]);
      } else if (e.key === '+' || e.key === '-') {
        e.preventDefault();
        this.#zoomBy(e.key === '+' ? 1 : -1);
      }
    });
  }

  #render(): void {
    const view = this.#view;
    const layer = this.#tiles;
    if (!view || !layer) return;
    const w = view.clientWidth;
    const h = view.clientHeight;
    const template = this.dataset['tiles'] ?? '';
    const imgs = tilesFor(this.#center, this.#zoom, w, h).map((t) => {
      const img = document.createElement('img');
      img.className = 'city-map-tile';
      img.alt = '';
      img.draggable = false;
      img.src = tileUrl(template, t);
      img.style.left = `${Math.round(t.left)}px`;
      img.style.top = `${Math.round(t.top)}px`;
      return img;
    });
    layer.replaceChildren(...imgs);
    for (const a of this.#markers) {
      const p = pointInView({ lat: Number(a.dataset['lat']), lon: Number(a.dataset['lon']) }, this.#center, this.#zoom, w, h);
      const inside = p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
      // Markers outside the view are hidden, so keyboard users do not tab to invisible links.
      a.hidden = !inside;
      a.style.left = `${Math.round(p.x)}px`;
      a.style.top = `${Math.round(p.y)}px`;
    }
  }
}

customElements.define('city-map', CityMap);
