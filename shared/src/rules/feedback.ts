import { isSitePath } from './path.ts';
import { containsSsiCommand } from './text.ts';
import { BARRIER_DIR, FEEDBACK_DIR } from './urls.ts';

/*
 * What citizens send back (issue 17, docs/adr/0020-citizen-feedback.md): a clarity rating of a
 * page and a barrier report. Citizens are untrusted input like editors: the site's forms post
 * plain `application/x-www-form-urlencoded` fields to the site's own origin (FEEDBACK_PATH, CSP
 * `form-action 'self'`); nginx passes that one path to the CMS's own route (FEEDBACK_CMS_PATH),
 * which parses the fields with `parseFeedback` below and stores nothing it refused. The site
 * renders its forms from the same constants (field names, choices, limits), so a form and its
 * receiver cannot drift apart.
 */

/** The address the site's forms post to (site origin; nginx proxies it to the CMS). */
export const FEEDBACK_PATH = `/${FEEDBACK_DIR}`;
/** The CMS's route behind it (public, no token, custom controller — not the generic REST create). */
export const FEEDBACK_CMS_PATH = '/stadtportal/rueckmeldung';

/** The confirmation of a barrier report (a static page of the site). */
export const BARRIER_THANKS_PATH = `/${BARRIER_DIR}/danke/`;
/** The barrier report form (a static page of the site, linked from every footer and the accessibility statement). */
export const BARRIER_FORM_PATH = `/${BARRIER_DIR}/`;
/** A rating is confirmed on the rated page itself: the 303 goes back to `<page>#RATING_THANKS_ID`, CSS `:target` shows the thanks. */
export const RATING_THANKS_ID = 'rueckmeldung-danke';

/** The form's field names — the only ones accepted. */
export const FEEDBACK_FIELDS = {
  kind: 'art',
  /** Honeypot: hidden from people (and assistive technology); a bot fills it in. Must arrive empty. */
  honeypot: 'website',
  // Rating
  type: 'typ',
  document: 'dokument',
  page: 'seite',
  rating: 'bewertung',
  choice: 'auswahl',
  text: 'text',
  // Barrier report
  problem: 'problem',
  email: 'email',
  consent: 'einwilligung',
} as const;

export const FEEDBACK_KINDS = ['bewertung', 'barriere'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The content types whose pages carry the rating (CMS_CONTENT_TYPES names). */
export const RATED_TYPES = ['page', 'service', 'office', 'event'] as const;
export type RatedType = (typeof RATED_TYPES)[number];

export const RATING_QUESTION = 'Wie verständlich ist diese Seite?';
/** Five steps, 1 = not at all, 5 = completely. */
export const RATING_STEPS = [
  { value: 1, label: 'Gar nicht verständlich' },
  { value: 2, label: 'Schwer verständlich' },
  { value: 3, label: 'Teils verständlich' },
  { value: 4, label: 'Gut verständlich' },
  { value: 5, label: 'Sehr gut verständlich' },
] as const;
/** Ratings up to this value ask what was missing; higher ones what helped. */
export const RATING_LOW_MAX = 3;

export const MISSING_QUESTION = 'Was hat Ihnen gefehlt?';
export const MISSING_CHOICES = {
  'info-fehlt': 'Informationen fehlen',
  unverstaendlich: 'Der Text ist schwer zu verstehen',
  veraltet: 'Die Angaben sind nicht aktuell',
  'nicht-gefunden': 'Ich habe nicht gefunden, was ich gesucht habe',
  technik: 'Die Seite funktioniert nicht richtig',
} as const;

export const HELPED_QUESTION = 'Was hat Ihnen geholfen?';
export const HELPED_CHOICES = {
  klar: 'Klare, einfache Sprache',
  vollstaendig: 'Alle nötigen Informationen',
  'schnell-gefunden': 'Schnell gefunden',
  'naechste-schritte': 'Die nächsten Schritte sind klar',
} as const;

export type MissingChoice = keyof typeof MISSING_CHOICES;
export type HelpedChoice = keyof typeof HELPED_CHOICES;

export const FEEDBACK_LIMITS = {
  /** Free text of a rating. */
  text: 500,
  /** The problem described in a barrier report. */
  problem: 2000,
  /** RFC 5321's longest address. */
  email: 254,
  /** A page address. */
  page: 500,
  /** A documentId (Strapi: 24 lower-case letters and digits). */
  document: 64,
  /** The whole urlencoded body, in bytes (nginx and the CMS refuse more). */
  body: 8192,
} as const;

export const CONSENT_TEXT =
  'Ich bin einverstanden, dass die Stadt meine Angaben zur Bearbeitung dieser Meldung speichert. Meine E-Mail-Adresse wird nur für die Antwort verwendet und nach Abschluss gelöscht.';

/** Days the public body has to answer a barrier report (BITV 2.0 § 7 (1): one month). */
export const BARRIER_DUE_MONTHS = 1;

export interface RatingFeedback {
  kind: 'bewertung';
  type: RatedType;
  document: string;
  page: string;
  rating: 1 | 2 | 3 | 4 | 5;
  choices: (MissingChoice | HelpedChoice)[];
  text: string;
}

export interface BarrierFeedback {
  kind: 'barriere';
  /** The document of the page the report was sent from (footer form), or null (general form). */
  source: { type: RatedType; document: string } | null;
  /** The page the barrier is on ('' when the visitor did not name one). */
  page: string;
  problem: string;
  /** '' without an answer address. */
  email: string;
}

export type Feedback = RatingFeedback | BarrierFeedback;

export interface FeedbackError {
  /** The form field (FEEDBACK_FIELDS value), or '' for the whole request. */
  field: string;
  message: string;
}

export type FeedbackParse = { ok: true; value: Feedback } | { ok: false; errors: FeedbackError[] };

/** Form fields as a urlencoded body yields them: a repeated name gives an array. */
export type FormFields = Readonly<Record<string, string | readonly string[] | undefined>>;

const F = FEEDBACK_FIELDS;
const RATING_FIELDS: readonly string[] = [F.kind, F.honeypot, F.type, F.document, F.page, F.rating, F.choice, F.text];
/** A barrier report from a page's footer names that page's document too (its organisation answers); from the general form it does not. */
const BARRIER_FIELDS: readonly string[] = [F.kind, F.honeypot, F.type, F.document, F.page, F.problem, F.email, F.consent];

/** Markup in free text is refused, not stripped: the sender sees what was wrong, and nothing is silently changed. */
const MARKUP = /<[A-Za-z!/?]/;
// eslint-disable-next-line no-control-regex -- refusing control characters (but tab and line breaks) is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202e\u202d\u202a-\u202c\u2066-\u2069]/;
/** A pragmatic e-mail grammar: local part and a host name with a dot, no spaces, quotes or brackets. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

function one(fields: FormFields, name: string, errors: FeedbackError[]): string {
  const value = fields[name];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  errors.push({ field: name, message: `Das Feld „${name}“ darf nur einmal vorkommen.` });
  return '';
}

function many(fields: FormFields, name: string): readonly string[] {
  const value = fields[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

function freeText(value: string, field: string, label: string, max: number, errors: FeedbackError[]): string {
  // Line breaks as the browser sends them (CRLF) count once.
  const text = value.replace(/\r\n?/g, '\n').trim();
  if ([...text].length > max) errors.push({ field, message: `${label}: höchstens ${max} Zeichen (es sind ${[...text].length}).` });
  else if (MARKUP.test(text) || containsSsiCommand(text)) errors.push({ field, message: `${label}: bitte ohne HTML-Auszeichnungen („<…>“).` });
  else if (CONTROL.test(text)) errors.push({ field, message: `${label}: enthält unzulässige Steuerzeichen.` });
  return text;
}

function pagePath(value: string, required: boolean, errors: FeedbackError[]): string {
  const page = value.trim();
  if (page === '') {
    if (required) errors.push({ field: F.page, message: 'Die Adresse der Seite fehlt.' });
    return '';
  }
  if (page.length > FEEDBACK_LIMITS.page || !isSitePath(page) || page.includes('?')) {
    errors.push({ field: F.page, message: 'Die Adresse der Seite ist ungültig: erwartet wird ein Pfad dieser Website wie „/rathaus/“.' });
  }
  return page;
}

/**
 * The one parser of citizen feedback: exactly the two kinds, exactly their fields, every value in
 * its grammar. Errors name the field and are German; a filled honeypot is reported as
 * `{ field: 'website' }` so the receiver can answer like a success without storing anything.
 */
export function parseFeedback(fields: FormFields): FeedbackParse {
  const errors: FeedbackError[] = [];
  const kind = one(fields, F.kind, errors);
  if (!(FEEDBACK_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, errors: [{ field: F.kind, message: 'Unbekannte Art der Rückmeldung: erwartet „bewertung“ oder „barriere“.' }] };
  }
  const allowed = kind === 'bewertung' ? RATING_FIELDS : BARRIER_FIELDS;
  for (const name of Object.keys(fields)) {
    if (!allowed.includes(name)) errors.push({ field: name, message: `Unbekanntes Feld „${name.slice(0, 40)}“.` });
  }
  if (one(fields, F.honeypot, errors) !== '') errors.push({ field: F.honeypot, message: 'Dieses Feld muss leer bleiben.' });

  if (kind === 'bewertung') {
    const type = one(fields, F.type, errors);
    if (!(RATED_TYPES as readonly string[]).includes(type)) errors.push({ field: F.type, message: 'Unbekannte Art der Seite.' });
    const document = one(fields, F.document, errors).trim();
    if (!DOCUMENT_ID.test(document)) errors.push({ field: F.document, message: 'Die Kennung der Seite ist ungültig.' });
    const page = pagePath(one(fields, F.page, errors), true, errors);
    const ratingText = one(fields, F.rating, errors).trim();
    const rating = /^[1-5]$/.test(ratingText) ? (Number(ratingText) as RatingFeedback['rating']) : null;
    if (rating === null) errors.push({ field: F.rating, message: 'Bitte wählen Sie eine Bewertung von 1 bis 5.' });
    const offered: Readonly<Record<string, string>> = rating !== null && rating <= RATING_LOW_MAX ? MISSING_CHOICES : HELPED_CHOICES;
    const sent = [...new Set(many(fields, F.choice))];
    for (const c of sent) {
      if (!Object.hasOwn(MISSING_CHOICES, c) && !Object.hasOwn(HELPED_CHOICES, c))
        errors.push({ field: F.choice, message: `Unbekannte Auswahl „${c.slice(0, 40)}“.` });
    }
    // A choice of the other question is left out, not refused: the form shows each question by
    // CSS alone (no script), so a visitor who ticks one and then changes the rating still sends
    // it — and a browser without `:has()` shows both questions.
    const choices = sent.filter((c) => Object.hasOwn(offered, c));
    const text = freeText(one(fields, F.text, errors), F.text, 'Ihr Hinweis', FEEDBACK_LIMITS.text, errors);
    if (errors.length > 0 || rating === null) return { ok: false, errors };
    return { ok: true, value: { kind, type: type as RatedType, document, page, rating, choices: choices as RatingFeedback['choices'], text } };
  }

  const sourceType = one(fields, F.type, errors);
  const sourceDocument = one(fields, F.document, errors).trim();
  let source: BarrierFeedback['source'] = null;
  if (sourceType !== '' || sourceDocument !== '') {
    if (!(RATED_TYPES as readonly string[]).includes(sourceType)) errors.push({ field: F.type, message: 'Unbekannte Art der Seite.' });
    if (!DOCUMENT_ID.test(sourceDocument)) errors.push({ field: F.document, message: 'Die Kennung der Seite ist ungültig.' });
    source = { type: sourceType as RatedType, document: sourceDocument };
  }
  const page = pagePath(one(fields, F.page, errors), source !== null, errors);
  const problem = freeText(one(fields, F.problem, errors), F.problem, 'Beschreibung', FEEDBACK_LIMITS.problem, errors);
  if (problem === '' && !errors.some((e) => e.field === F.problem)) errors.push({ field: F.problem, message: 'Bitte beschreiben Sie das Problem.' });
  const email = one(fields, F.email, errors).trim();
  if (email !== '' && (email.length > FEEDBACK_LIMITS.email || !EMAIL.test(email))) {
    errors.push({ field: F.email, message: 'Die E-Mail-Adresse ist ungültig.' });
  }
  if (one(fields, F.consent, errors) !== 'ja') errors.push({ field: F.consent, message: 'Bitte bestätigen Sie die Einwilligung.' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: 'barriere', source, page, problem, email } };
}

/** Due date of a barrier report received at `received`: one month later (the same day of the month, or the month's last day). */
export function barrierDueDate(received: Date): Date {
  const due = new Date(received.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + BARRIER_DUE_MONTHS);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}
