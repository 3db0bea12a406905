// The cookie policy of the register's websites, shaped as seeds 000 and 003: what cookies are, the
// categories in use, a table per category (name, provider, purpose, expiry), how to give and
// withdraw consent, whom to ask, and the history head it was made from. Same blocks as the privacy
// notice, so every format renders it; the cookies come from the report model, in the policy's
// language with the primary language's text marked where a translation is missing.
import type { CoreContext } from '../context';
import { labelsFor } from '../api/labels';
import type { NoticeInput } from '../api/export-options';
import { noticeInput } from '../api/export-options';
import { STRICTLY_NECESSARY } from '../api/schemas';
import { registerLanguages } from '../languages';
import { buildReport, type ReportCookie } from '../reports/model';
import { organisationEntity } from '../organisations';
import { cookiePolicyTexts } from './cookie-texts';
import { blockWriter, noticeHead, type NoticeDocument } from './model';

/** Built-in categories in the order a policy lists them: necessary first, marketing last. */
const ORDER = ['strictly_necessary', 'preferences', 'functional', 'analytics', 'marketing'];

export function buildCookiePolicy(ctx: CoreContext, input: NoticeInput): NoticeDocument {
  const o = noticeInput.parse(input);
  const T = cookiePolicyTexts(o.lang);
  const L = labelsFor(o.lang);
  const report = buildReport(ctx, { lang: o.lang }, false);
  const languages = registerLanguages(ctx);
  const own = organisationEntity
    .list(ctx)
    .filter((x) => x.kind === 'own')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const org = own[0] ?? null;
  const controller = org?.name ?? report.registerName;

  // A retired activity's cookies are no longer placed.
  const retired = new Set(report.activities.filter((a) => a.status === 'retired').map((a) => a.id));
  const cookies = report.cookies.filter((c) => c.activityId === null || !retired.has(c.activityId));
  const groups = new Map<string, { code: string; label: string; cookies: ReportCookie[] }>();
  for (const c of cookies) {
    const key = c.categoryId ?? '';
    const g = groups.get(key);
    if (g) g.cookies.push(c);
    else groups.set(key, { code: c.categoryCode, label: c.category, cookies: [c] });
  }
  const rank = (g: { code: string; label: string }) => {
    const i = ORDER.indexOf(g.code);
    return i >= 0 ? i : g.code === '' ? ORDER.length + 1 : ORDER.length;
  };
  const sorted = [...groups.entries()]
    .map(([id, g]) => ({ id, ...g }))
    .sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label, o.lang) || (a.id < b.id ? -1 : 1));

  const { head, date } = noticeHead(ctx, report);
  const { blocks, h, p, list, numbered, subsection } = blockWriter();

  h(1, T.title);
  p(T.intro(controller));

  numbered(T.what);
  T.whatText.forEach(p);

  numbered(T.categories);
  if (sorted.length === 0) p(T.noCookies);
  else {
    p(T.categoriesIntro);
    list(sorted.map((g) => (T.category[g.code] ? `${g.label}: ${T.category[g.code]}` : g.label)));
  }

  numbered(T.cookies);
  if (sorted.length > 0) p(T.cookiesIntro);
  sorted.forEach((g, i) => {
    subsection(i, g.label);
    if (g.code === STRICTLY_NECESSARY) p(T.necessaryNote);
    else if (g.code !== '') p(T.consentNote);
    blocks.push({
      type: 'table',
      columns: [T.columns.name, T.columns.provider, T.columns.purpose, T.columns.expiry],
      rows: g.cookies.map((c) => [c.domain ? `${c.name} (${c.domain})` : c.name, c.provider, c.purpose, c.expiry]),
    });
  });

  numbered(T.consent);
  T.consentText.forEach(p);
  p(T.browser);

  numbered(T.questions);
  p(T.questionsText(controller));
  if (org) {
    list(
      [
        org.email ? `${L.field.email}: ${org.email}` : '',
        org.address ? `${L.field.address}: ${[org.address, org.country].filter(Boolean).join(', ')}` : '',
        org.dpoEmail ? `${T.dpo}: ${[org.dpoName, org.dpoEmail].filter(Boolean).join(', ')}` : '',
      ].filter(Boolean),
    );
  }

  numbered(T.version);
  p(T.versionText(date.slice(0, 10)));
  p(head ? T.madeFrom(head.seq, head.hash.slice(0, 12)) : T.noHistory);
  const mark = L.report.untranslated.replace('{lang}', languages.primary.toUpperCase());
  if (cookies.some((c) => c.purpose.endsWith(mark) || c.provider.endsWith(mark)))
    p(L.report.untranslatedNote.replace('{lang}', languages.primary.toUpperCase()));

  return {
    kind: 'cookies',
    audience: o.audience,
    lang: o.lang,
    title: T.title,
    controller,
    head,
    date,
    activities: new Set(cookies.map((c) => c.activityId).filter(Boolean)).size,
    blocks,
  };
}
