import { createServer, type Server, type Socket } from 'node:net';

/*
 * A stand-in SMTP server on 127.0.0.1 for tests (issue 17: the confirmation of a barrier report):
 * enough of RFC 5321 for nodemailer without TLS or authentication — EHLO/HELO, MAIL FROM,
 * RCPT TO, DATA, RSET, NOOP, QUIT — and every message it receives kept in memory. Point Strapi at
 * it with `smtpEnv(server)`.
 */

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent (headers and body, dot-unstuffed). */
  raw: string;
  /** Header values by lower-case name (the first of each, unfolded). */
  headers: Record<string, string>;
  /** The body, decoded from quoted-printable or base64 when the message says so. */
  text: string;
}

export interface SmtpStandIn {
  port: number;
  mails: ReceivedMail[];
  /** Resolves with the first mail (already received or still to come) that `match` accepts. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitPart(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** Headers and plain text of a message: a single part, or the text/plain part of a multipart one. */
export function parseMail(raw: string): Pick<ReceivedMail, 'headers' | 'text'> {
  const { headers, body } = splitPart(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary === undefined) return { headers, text: decodeBody(headers, body).replace(/\r\n/g, '\n') };
  for (const part of body.split(`--${boundary}`)) {
    const p = splitPart(part.replace(/^\r\n/, ''));
    if ((p.headers['content-type'] ?? '').toLowerCase().startsWith('text/plain'))
      return { headers, text: decodeBody(p.headers, p.body).replace(/\r\n/g, '\n') };
  }
  return { headers, text: '' };
}

/** The decoded text/html part of a multipart message ('' when there is none). */
export function htmlPart(raw: string): string {
  const { headers, body } = splitPart(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary === undefined) return '';
  for (const part of body.split(`--${boundary}`)) {
    const p = splitPart(part.replace(/^\r\n/, ''));
    if ((p.headers['content-type'] ?? '').toLowerCase().startsWith('text/html')) return decodeBody(p.headers, p.body).replace(/\r\n/g, '\n');
  }
  return '';
}

/** Decodes an RFC 2047 header (`=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=`), as nodemailer writes a German subject. */
export function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** The items a review reminder (cms/src/review) lists: its „- Typ: Titel“ lines, titles only, sorted. */
export const reminderItems = (mail: Pick<ReceivedMail, 'text'>): string[] =>
  mail.text
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.replace(/^- [^:]+: /, ''))
    .sort();

export async function startSmtpStandIn(): Promise<SmtpStandIn> {
  const mails: ReceivedMail[] = [];
  const waiters: { match: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  const sockets = new Set<Socket>();

  const received = (mail: ReceivedMail) => {
    mails.push(mail);
    for (const w of [...waiters]) {
      if (w.match(mail)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(mail);
      }
    }
  };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    let from = '';
    let to: string[] = [];
    let data: string[] | null = null;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 127.0.0.1 Stadtportal-Test-SMTP bereit');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let eol: number;
      while ((eol = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        if (data !== null) {
          if (line === '.') {
            const raw = `${data.join('\r\n')}\r\n`;
            received({ from, to, raw, ...parseMail(raw) });
            data = null;
            from = '';
            to = [];
            reply('250 2.0.0 angenommen');
          } else {
            data.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          reply('250-127.0.0.1');
          reply('250-8BITMIME');
          reply('250 SMTPUTF8');
        } else if (verb === 'HELO') reply('250 127.0.0.1');
        else if (line.toUpperCase().startsWith('MAIL FROM:')) {
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 ok');
        } else if (line.toUpperCase().startsWith('RCPT TO:')) {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          data = [];
          reply('354 Ende mit <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          from = '';
          to = [];
          reply('250 ok');
        } else if (verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 2.0.0 tschüss');
          socket.end();
        } else reply('502 5.5.2 unbekannter Befehl');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('SMTP-Stand-in: kein Port');

  return {
    port: address.port,
    mails,
    waitFor: (match, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const found = mails.find(match);
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`Keine passende E-Mail nach ${timeoutMs / 1000} s (${mails.length} empfangen).`)), timeoutMs);
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Strapi's environment for sending through the stand-in (config/plugins.ts). */
export const smtpEnv = (smtp: Pick<SmtpStandIn, 'port'>, from = 'barrierefreiheit@aschersleben.example'): Record<string, string> => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtp.port),
  SMTP_SECURE: 'false',
  SMTP_FROM: from,
});
