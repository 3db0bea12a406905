// The privacy notice (Art. 13/14 GDPR) of one audience, in one language, as a plain tree of
// headings, paragraphs, lists and tables that every format renders the same way. Built from the
// report model (core/reports/model.ts), so register texts come in the notice's language with the
// primary language's text, marked, where a translation is missing, exactly as the reports show them.
import type { CoreContext } from '../context';
import { labelsFor } from '../api/labels';
import { noticeInput, type NoticeInput } from '../api/export-options';
import type { Audience, Language } from '../api/schemas';
import { textIn } from '../api/translations';
import { registerLanguages } from '../languages';
import { buildReport, type ReportActivity, type ReportModel } from '../reports/model';
import { organisationEntity } from '../organisations';
import { authorityOf, EDPB_MEMBERS } from './authorities';
import { noticeTexts } from './texts';

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: string[]; rows: string[][] };

export interface NoticeDocument {
  kind: 'privacy' | 'cookies';
  audience: Audience;
  lang: Language;
  title: string;
  controller: string;
  /** The history entry the notice was made from; its time is the notice's date. */
  head: { seq: number; hash: string; at: string } | null;
  /** ISO date-time the notice is dated by: the head's time (never the current time). */
  date: string;
  activities: number;
  blocks: Block[];
}

/** The history entry a notice is made from, with its time, which dates the notice (never the current time). */
export function noticeHead(
  ctx: CoreContext,
  report: Pick<ReportModel, 'head' | 'asOf'>,
): Pick<NoticeDocument, 'head' | 'date'> {
  const head = report.head
    ? {
        ...report.head,
        at:
          (ctx.register.sqlite.prepare('SELECT at FROM history WHERE seq = ?').pluck().get(report.head.seq) as
            string | undefined) ?? report.asOf,
      }
    : null;
  return { head, date: head?.at ?? report.asOf };
}

/** A notice's blocks, written in order: headings (level 2 numbered), paragraphs and lists that skip empty ones. */
export function blockWriter() {
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => blocks.push({ type: 'heading', level, text });
  const p = (text: string) => {
    if (text.trim()) blocks.push({ type: 'paragraph', text });
  };
  const list = (items: string[]) => {
    if (items.length) blocks.push({ type: 'list', items });
  };
  let section = 0;
  const numbered = (title: string) => h(2, `${++section}. ${title}`);
  /** The `i`-th (from 0) numbered subsection of the current section: "2.3. …". */
  const subsection = (i: number, title: string) => h(3, `${section}.${i + 1}. ${title}`);
  return { blocks, h, p, list, numbered, subsection };
}

/** The activities a notice of `audience` describes: active, ours (not processed for a client), published to it. */
export function publishedTo(activities: ReportActivity[], audience: Audience): ReportActivity[] {
  return activities.filter((a) => a.status === 'active' && a.role !== 'processor' && a.audiences.includes(audience));
}

const cell = (items: string[] | null | undefined, none: string): string =>
  items && items.some(Boolean) ? items.filter(Boolean).join('; ') : none;

/** The privacy notice (index.ts's buildNotice picks it or the cookie policy by kind). */
export function buildPrivacyNotice(ctx: CoreContext, input: NoticeInput): NoticeDocument {
  const o = noticeInput.parse(input);
  const T = noticeTexts(o.lang);
  const L = labelsFor(o.lang);
  const report = buildReport(ctx, { lang: o.lang }, false);
  const languages = registerLanguages(ctx);
  const mark = ` ${L.report.untranslated.replace('{lang}', languages.primary.toUpperCase())}`;
  let fallbacks = report.hasFallbacks;
  const pick = (translations: unknown, field: string, value: string): string => {
    const shown = textIn(translations as never, field, value, o.lang, languages);
    if (!shown.fallback) return shown.value;
    fallbacks = true;
    return `${shown.value}${mark}`;
  };

  const own = organisationEntity
    .list(ctx)
    .filter((x) => x.kind === 'own')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const org = own[0] ?? null;
  const controller = org?.name ?? report.registerName;
  const audienceLabel = L.audience[o.audience];
  const activities = publishedTo(
    report.activities.filter((a) => !org || own.length < 2 || a.organisation === org.name),
    o.audience,
  );

  const { head, date } = noticeHead(ctx, report);
  const { blocks, h, p, list, numbered, subsection } = blockWriter();

  h(1, T.titleFor(audienceLabel));
  p(T.intro(controller, audienceLabel));

  // 1. Who we are
  numbered(T.whoWeAre);
  if (org) {
    const address = pick(org.translations, 'address', org.address);
    list(
      [
        org.name,
        address ? `${T.address}: ${[address, org.country].filter(Boolean).join(', ')}` : '',
        org.enterpriseNumber ? `${T.enterpriseNumber}: ${org.enterpriseNumber}` : '',
        [org.email, org.phone, org.website].some(Boolean)
          ? `${T.contact}: ${[org.email, org.phone, org.website].filter(Boolean).join(' · ')}`
          : '',
      ].filter(Boolean),
    );
  }
  p(T.controllerRole(controller));

  // 2. Why: one subsection per published activity, with the statement's table.
  numbered(T.why);
  if (activities.length === 0) p(T.noActivities);
  else p(T.whyIntro);
  const C = T.columns;
  activities.forEach((a, i) => {
    subsection(i, a.name);
    p(a.description);
    const rows = a.purposeList.map((purpose) => [
      cell(purpose.dataCategories ?? a.dataCategories, T.notStated),
      purpose.text,
      cell(a.sources, T.notStated),
      [
        cell(purpose.legalBases, T.notStated),
        purpose.legitimateInterest ? `${T.legitimateInterest}: ${purpose.legitimateInterest}` : '',
      ]
        .filter(Boolean)
        .join('. '),
      cell(purpose.retention ?? a.retention.map((r) => r.text), T.notStated),
      cell(purpose.recipients ?? a.recipientNames, T.notStated),
    ]);
    blocks.push({
      type: 'table',
      columns: [C.data, C.purpose, C.source, C.legalBasis, C.retention, C.recipients],
      rows,
    });
    if (a.art9Condition) p(T.specialCategories(a.art9Condition));
    if (a.art10Basis) p(T.criminalData(a.art10Basis));
    if (a.automatedDecision === L.yes) p(T.automatedDecision(a.automatedDecisionDetails));
  });

  // 3. Sharing
  numbered(T.sharing);
  p(T.sharingIntro);
  const recipients = [...new Set(activities.flatMap((a) => a.recipientNames))];
  if (recipients.length) {
    p(T.sharingProcessors);
    p(T.sharingList);
    list(recipients);
  }
  p(T.sharingLaw);

  // 4. Transfers
  numbered(T.transfers);
  const transfers = activities.flatMap((a) => a.transfers);
  if (transfers.length === 0) p(T.noTransfers);
  else {
    p(T.transfersIntro);
    blocks.push({
      type: 'table',
      columns: [T.transferColumns.country, T.transferColumns.recipient, T.transferColumns.safeguard],
      rows: transfers.map((t) => [
        t.country,
        t.recipient || T.notStated,
        [t.safeguard, t.safeguardDetails].filter(Boolean).join(' — '),
      ]),
    });
  }

  // 5. Rights, 6. how to exercise them with the DPO's contact, 7. complaint
  numbered(T.rights);
  p(T.rightsIntro);
  list(T.rightsList.map((r) => `${r.title}: ${r.text}`));
  p(T.responseTime);
  p(T.rightsDepend);

  numbered(T.exercise);
  p(T.exerciseIntro);
  if (org && (org.dpoName || org.dpoEmail || org.dpoPhone || org.dpoAddress)) {
    h(3, T.dpo);
    p(T.dpoIntro);
    list(
      [
        org.dpoName,
        org.dpoEmail ? `${T.email}: ${org.dpoEmail}` : '',
        org.dpoPhone ? `${T.phone}: ${org.dpoPhone}` : '',
        org.dpoAddress ? `${T.post}: ${org.dpoAddress}` : '',
      ].filter(Boolean),
    );
  }

  numbered(T.complaint);
  const authority = org ? authorityOf(org.country) : null;
  if (authority) {
    const name = authority.name[o.lang] ?? authority.name.en;
    p(T.complaintTo(name));
    list([name, authority.address[o.lang] ?? authority.address.en, `${T.complaintWebsite}: ${authority.website}`]);
    if (authority.note) p(authority.note[o.lang]);
    p(T.complaintOther(EDPB_MEMBERS));
  } else p(T.complaintGeneric(EDPB_MEMBERS));

  // 8. Date and version
  numbered(T.version);
  p(T.versionText(date.slice(0, 10)));
  p(head ? T.madeFrom(head.seq, head.hash.slice(0, 12)) : T.noHistory);
  if (fallbacks) p(L.report.untranslatedNote.replace('{lang}', languages.primary.toUpperCase()));

  return {
    kind: o.kind,
    audience: o.audience,
    lang: o.lang,
    title: T.titleFor(audienceLabel),
    controller,
    head,
    date,
    activities: activities.length,
    blocks,
  };
}
