import { toStrapiBlocks } from './body';
import { count, lookup, type SeedContext } from './context';
import { renderPdf, type PdfSection } from './pdf';
import type { SeedBlock } from './types';
import type { FieldSpec, SeedData } from './upsert';
import { upsertPublished } from './upsert';

/*
 * Amtsblatt issues and public notices. Their PDFs are generated here at seed time (./pdf.ts) and
 * uploaded once: the bytes are deterministic, so a second run finds them by content hash and
 * leaves every entry unchanged.
 */

/** Kinds of notice: the keys of the CMS enumeration (shared/src/schemas/notice.ts NOTICE_CATEGORIES). */
export type SeedNoticeCategory = 'satzung' | 'bauleitplanung' | 'sitzung' | 'wahl' | 'ausschreibung' | 'allgemeinverfuegung' | 'sonstiges';

export interface SeedAmtsblattIssue {
  /** Number within its year (1, 2, …). The slug is „<year>-<number two digits>“. */
  number: number;
  /** Day of issue, YYYY-MM-DD. */
  date: string;
  /** slug of a SeedOrganisation */
  organisation: string;
  /** What the issue contains, one item each (stored one per line). */
  contents: readonly string[];
}

export interface SeedNotice {
  slug: string;
  title: string;
  /** slug of a SeedOrganisation */
  organisation: string;
  category: SeedNoticeCategory;
  publishedOn: string;
  /** Last day of posting; absent: stays current (a statute). */
  expiresOn?: string;
  summary: string;
  body: SeedBlock[];
  /** A PDF attachment, generated from these sections. */
  attachment?: { name: string; sections: readonly PdfSection[] };
}

const AMTSBLATT: FieldSpec = {
  plain: ['slug', 'number', 'date', 'contents'],
  relations: ['organisation'],
  media: ['file'],
};
const NOTICE: FieldSpec = {
  plain: ['title', 'slug', 'category', 'publishedOn', 'expiresOn', 'summary', 'body'],
  relations: ['organisation'],
  media: ['attachment'],
};

/** '2026-11-20' → '20. November 2026' (the seed has no access to shared/format.ts). */
const germanDate = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export const amtsblattSlug = (issue: Pick<SeedAmtsblattIssue, 'number' | 'date'>): string =>
  `${issue.date.slice(0, 4)}-${String(issue.number).padStart(2, '0')}`;

const DEMO_NOTE = 'Demo-Dokument des Stadtportals: erzeugt aus den Demo-Inhalten, kein amtlicher Text.';

export async function seedNotices(ctx: SeedContext, amtsblatt: readonly SeedAmtsblattIssue[], notices: readonly SeedNotice[]): Promise<string> {
  const orgName = async (documentId: string): Promise<string> => {
    const org = await ctx.strapi.documents('api::organisation.organisation').findOne({ documentId, fields: ['name'] });
    if (!org) throw new Error(`Seed: Organisation ${documentId} nicht gefunden`);
    return String(org.name);
  };

  for (const issue of amtsblatt) {
    const slug = amtsblattSlug(issue);
    const where = `Amtsblatt „${slug}“`;
    if (issue.contents.length === 0) throw new Error(`Seed: ${where} hat keinen Inhalt`);
    // One line per item is the storage format; a line break inside an item would split it.
    if (issue.contents.some((c) => /[\r\n]/.test(c) || c.trim() === '')) throw new Error(`Seed: ${where}: Inhaltspunkte müssen einzeilig und nicht leer sein`);
    const organisation = lookup(ctx.organisationIds, issue.organisation, 'Organisation', where);
    const publisher = await orgName(organisation);
    const label = `Nr. ${issue.number}/${issue.date.slice(0, 4)}`;
    const bytes = renderPdf({
      title: `Amtsblatt der ${publisher}`,
      subtitle: `${label} · ${germanDate(issue.date)}`,
      sections: [{ heading: 'Inhalt', items: issue.contents, bulleted: true }],
      footer: [`Herausgeber: ${publisher}, Der Oberbürgermeister, Markt 1, 06449 Aschersleben.`, DEMO_NOTE],
      author: publisher,
      date: issue.date,
    });
    const file = await ctx.media.document({ name: `Amtsblatt-${slug}.pdf`, bytes });
    const data: SeedData = {
      slug,
      number: issue.number,
      date: issue.date,
      contents: issue.contents.join('\n'),
      organisation,
      file: file.id,
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::amtsblatt-issue.amtsblatt-issue', AMTSBLATT, data)).outcome);
  }

  for (const notice of notices) {
    const where = `Bekanntmachung „${notice.slug}“`;
    if (notice.expiresOn !== undefined && notice.expiresOn < notice.publishedOn) throw new Error(`Seed: ${where}: Aushang endet vor der Veröffentlichung`);
    const organisation = lookup(ctx.organisationIds, notice.organisation, 'Organisation', where);
    let attachment: number | null = null;
    if (notice.attachment) {
      const publisher = await orgName(organisation);
      const bytes = renderPdf({
        title: notice.title,
        subtitle: `Öffentliche Bekanntmachung · ${publisher} · ${germanDate(notice.publishedOn)}`,
        sections: notice.attachment.sections,
        footer: [`${publisher}, Markt 1, 06449 Aschersleben.`, DEMO_NOTE],
        author: publisher,
        date: notice.publishedOn,
      });
      attachment = (await ctx.media.document({ name: notice.attachment.name, bytes })).id;
    }
    const data: SeedData = {
      title: notice.title,
      slug: notice.slug,
      category: notice.category,
      publishedOn: notice.publishedOn,
      expiresOn: notice.expiresOn ?? null,
      summary: notice.summary,
      body: await toStrapiBlocks(notice.body, ctx.media),
      organisation,
      attachment,
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::public-notice.public-notice', NOTICE, data)).outcome);
  }

  return (
    `${count(amtsblatt.length, 'Amtsblatt', 'Amtsblätter')}, ${count(notices.length, 'Bekanntmachung', 'Bekanntmachungen')} ` +
    `(PDF: ${ctx.media.documentsUploaded} hochgeladen, ${ctx.media.documentsReused} wiederverwendet)`
  );
}
