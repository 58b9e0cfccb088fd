/*
 * The consent-first islands (ADR 0009): the only code that ever contacts an Online-Dienst's
 * provider, and only after the citizen chose „Dienst laden“ (or chose earlier to remember the
 * consent for that provider). Two custom elements:
 *
 * - <online-service> (OnlineServiceCard.astro): shows the JS-only controls, creates the iframe
 *   or loads the widget script on consent, resizes the frame on the provider's message, moves
 *   focus and announces the state in its live region, withdraws on request.
 * - <consent-overview> (ConsentOverview.astro, privacy page): lists the remembered consents per
 *   provider origin and withdraws them.
 *
 * Strings come from data attributes rendered in the page's language (no dictionary in the
 * bundle). Sizes are set through the CSSOM (element.style), which the CSP allows, never as a
 * style="" attribute in HTML.
 */
import {
  CONSENT_CHANGE_EVENT as CHANGE_EVENT,
  CONSENT_STORAGE_KEY,
  fromProvider,
  parseConsents,
  resizeHeight,
  withConsent,
  withoutConsent,
  type ConsentRecord,
} from '../lib/consent.ts';

/*
 * The frame's sandbox: scripts and forms (the provider's application), same-origin (its own
 * session cookie, and a real origin for its postMessage — a sandboxed frame without it posts as
 * "null" and could not be told apart), popups (receipts and PDFs open in a new window). Not
 * allowed: top navigation (the frame cannot navigate our page away), modals, downloads without
 * a popup, pointer lock, presentation.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-forms allow-same-origin allow-popups';
/* The provider learns that the request comes from our site, not from which page (no path). */
export const FRAME_REFERRER_POLICY = 'strict-origin-when-cross-origin';

function readConsents(): ConsentRecord {
  try {
    return parseConsents(window.localStorage.getItem(CONSENT_STORAGE_KEY));
  } catch {
    // Storage blocked (privacy mode, policy): nothing is remembered, consent works per page view.
    return {};
  }
}

function writeConsents(record: ConsentRecord): boolean {
  try {
    if (Object.keys(record).length === 0) window.localStorage.removeItem(CONSENT_STORAGE_KEY);
    else window.localStorage.setItem(CONSENT_STORAGE_KEY, JSON.stringify(record));
  } catch (error) {
    // Not swallowed: the citizen is told below that the choice could not be remembered.
    console.warn('Einwilligung konnte nicht gespeichert werden', error);
    return false;
  }
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  return true;
}

function part<T extends Element>(root: Element, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`online-service: ${selector} fehlt im Markup`);
  return el;
}

class OnlineServiceIsland extends HTMLElement {
  #frame: HTMLIFrameElement | null = null;
  #loaded = false;
  readonly #onMessage = (event: MessageEvent): void => this.#resize(event);

  connectedCallback(): void {
    const origin = this.dataset['origin'] ?? '';
    const consent = part<HTMLElement>(this, '[data-consent]');
    const load = part<HTMLButtonElement>(this, '[data-load]');
    const withdraw = part<HTMLButtonElement>(this, '[data-withdraw]');
    const remember = part<HTMLInputElement>(this, '[data-remember]');

    consent.hidden = false;
    remember.checked = origin in readConsents();
    load.addEventListener('click', () => {
      if (remember.checked) writeConsents(withConsent(readConsents(), origin, new Date()));
      this.#load(true);
    });
    withdraw.addEventListener('click', () => {
      writeConsents(withoutConsent(readConsents(), origin));
      this.#unload(this.dataset['msgWithdrawn'] ?? '');
      load.focus();
    });
    remember.addEventListener('change', () => {
      // Unticking after loading withdraws the remembered consent; the loaded service stays for this view.
      if (!remember.checked && origin in readConsents()) writeConsents(withoutConsent(readConsents(), origin));
      if (remember.checked && this.#loaded) writeConsents(withConsent(readConsents(), origin, new Date()));
    });
    document.addEventListener(CHANGE_EVENT, () => {
      remember.checked = origin in readConsents();
    });
    // Consent remembered earlier: load at once, without taking the focus from where the citizen is.
    if (origin in readConsents()) this.#load(false);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  #status(text: string): void {
    part<HTMLElement>(this, '[data-status]').textContent = text;
  }

  #load(moveFocus: boolean): void {
    if (this.#loaded) return;
    this.#loaded = true;
    const host = part<HTMLElement>(this, '[data-frame]');
    const start = this.dataset['start'] ?? '';
    this.#status(this.dataset['msgLoading'] ?? '');
    part<HTMLElement>(this, '[data-consent]').hidden = true;
    part<HTMLButtonElement>(this, '[data-withdraw]').hidden = false;

    if (this.dataset['mode'] === 'script') {
      const root = document.createElement('div');
      root.className = 'online-service-widget';
      root.tabIndex = -1;
      // The widget finds its place and its preset by these attributes (documented in ADR 0009).
      root.dataset['stadtportalWidget'] = '';
      root.dataset['startUrl'] = start;
      root.setAttribute('aria-label', this.dataset['frameTitle'] ?? '');
      root.setAttribute('role', 'region');
      host.append(root);
      const script = document.createElement('script');
      script.src = this.dataset['script'] ?? '';
      script.async = true;
      script.referrerPolicy = FRAME_REFERRER_POLICY;
      script.addEventListener('load', () => this.#status(this.dataset['msgLoaded'] ?? ''));
      // Blocked or unreachable: say so, the link out still works (an iframe's failure is not observable).
      script.addEventListener('error', () => this.#status(this.dataset['msgFailed'] ?? ''));
      host.append(script);
      if (moveFocus) root.focus();
      return;
    }

    const frame = document.createElement('iframe');
    frame.title = this.dataset['frameTitle'] ?? '';
    frame.setAttribute('sandbox', FRAME_SANDBOX);
    frame.referrerPolicy = FRAME_REFERRER_POLICY;
    frame.loading = 'lazy';
    frame.addEventListener('load', () => this.#status(this.dataset['msgLoaded'] ?? ''), { once: true });
    window.addEventListener('message', this.#onMessage);
    frame.src = start;
    this.#frame = frame;
    host.append(frame);
    // The button the citizen pressed is gone: focus goes to the service it brought.
    if (moveFocus) frame.focus();
  }

  #unload(message: string): void {
    window.removeEventListener('message', this.#onMessage);
    this.#frame = null;
    this.#loaded = false;
    // A widget script cannot be unloaded; its markup goes, and the next page view will not load it.
    part<HTMLElement>(this, '[data-frame]').replaceChildren();
    part<HTMLElement>(this, '[data-consent]').hidden = false;
    part<HTMLButtonElement>(this, '[data-withdraw]').hidden = true;
    this.#status(message);
  }

  #resize(event: MessageEvent): void {
    const frame = this.#frame;
    if (!frame || !fromProvider(event, this.dataset['origin'] ?? '', frame.contentWindow)) return;
    const height = resizeHeight(event.data);
    if (height !== null) frame.style.height = `${height}px`;
  }
}

class ConsentOverview extends HTMLElement {
  connectedCallback(): void {
    for (const el of this.querySelectorAll<HTMLElement>('[data-nojs]')) el.hidden = true;
    part<HTMLElement>(this, '[data-overview]').hidden = false;
    const status = part<HTMLElement>(this, '[data-status]');
    const render = (): void => {
      const consents = readConsents();
      for (const row of this.querySelectorAll<HTMLElement>('[data-provider]')) {
        const origin = row.dataset['provider'] ?? '';
        const given = consents[origin];
        const state = part<HTMLElement>(row, '[data-state]');
        const button = part<HTMLButtonElement>(row, '[data-withdraw]');
        state.textContent =
          given === undefined
            ? (this.dataset['msgNone'] ?? '')
            : (this.dataset['msgSince'] ?? '').replace('{date}', new Date(given).toLocaleDateString(document.documentElement.lang || 'de'));
        button.hidden = given === undefined;
      }
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-provider] [data-withdraw]')) {
      button.addEventListener('click', () => {
        const row = button.closest<HTMLElement>('[data-provider]');
        const origin = row?.dataset['provider'] ?? '';
        const ok = writeConsents(withoutConsent(readConsents(), origin));
        render();
        status.textContent = ok ? (row?.dataset['msgWithdrawn'] ?? '') : (this.dataset['msgFailed'] ?? '');
        // The button is hidden now: focus to the row's state, which says what changed.
        if (row) part<HTMLElement>(row, '[data-state]').focus();
      });
    }
    document.addEventListener(CHANGE_EVENT, render);
    window.addEventListener('storage', (e) => {
      if (e.key === CONSENT_STORAGE_KEY || e.key === null) render();
    });
    render();
  }
}

customElements.define('online-service', OnlineServiceIsland);
customElements.define('consent-overview', ConsentOverview);
