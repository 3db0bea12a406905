// The report model as one plain HTML document, the input of the Chromium print-to-PDF the benchmark
// compares our PDF with (and a start for an in-app preview). Every value is escaped.
import { ART30_REFERENCE } from '../api/labels';
import type { ReportActivity, ReportModel } from './model';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const list = (v: string | string[] | null, none: string): string => {
  const items = (Array.isArray(v) ? v : v ? [v] : []).map(escape);
  if (items.length === 0) return none;
  return items.length === 1 ? items[0]! : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
};

function activity(a: ReportActivity, m: ReportModel): string {
  const F = m.labels.field;
  const none = m.labels.report.none;
  const processor = a.role === 'processor';
  const h = (key: keyof typeof ART30_REFERENCE) =>
    `<h3>${ART30_REFERENCE[key]} — ${escape(m.labels.heading[key])}</h3>`;
  const dl = (rows: [string, string | string[] | null][]) =>
    `<dl>${rows.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${list(v, none)}</dd>`).join('')}</dl>`;
  return `<section><h2>${escape(a.reference)} ${escape(a.name)}</h2>
${h(processor ? 'p_a' : 'c_a')}${dl([
    [F.organisation, a.organisation],
    [F.role, a.roleLabel],
    [F.controllers, a.controllers],
    [F.jointControllers, a.jointControllers],
    [F.dpo, a.dpo],
    [F.department, a.department],
    [F.owner, a.owner],
  ])}
${h(processor ? 'p_b' : 'c_b')}${dl([
    [F.description, a.description],
    [m.labels.report.purposesAndBases, a.purposes],
    [F.art9Condition, a.art9Condition],
    [F.art10Basis, a.art10Basis],
    [F.sources, a.sources],
  ])}
${processor ? '' : h('c_c')}${dl([
    [F.dataSubjects, a.dataSubjects],
    [F.dataCategories, a.dataCategories],
  ])}
${processor ? '' : h('c_d')}${dl([[F.recipients, a.recipients]])}
${h(processor ? 'p_c' : 'c_e')}${dl([[F.transfers, a.transfers.map((t) => t.text)]])}
${processor ? '' : h('c_f')}${dl([[F.retention, a.retention.map((r) => r.text)]])}
${h(processor ? 'p_d' : 'c_g')}${dl([
    [F.securityMeasures, a.securityMeasures],
    [F.securityDescription, a.securityDescription],
  ])}
<h3>${escape(m.labels.report.other)}</h3>${dl([
    [F.status, a.statusLabel],
    [F.dpia, a.dpia],
    [F.automatedDecision, a.automatedDecision],
    [F.reviewDate, a.reviewDate],
    [F.notes, a.notes],
    [F.updatedAt, a.updatedAt],
  ])}
</section>`;
}

const STYLE = `body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1a1a1a}h1{color:#1f3a5f;font-size:20pt}h2{color:#1f3a5f;font-size:12.5pt;break-after:avoid}
h3{color:#1f3a5f;font-size:9pt;margin:8px 0 2px;break-after:avoid}table{border-collapse:collapse;width:100%;font-size:7.5pt}th{background:#dde5ee;text-align:left}
th,td{padding:3px;vertical-align:top;border-bottom:0.4pt solid #c9d1db}tr{break-inside:avoid}dl{display:grid;grid-template-columns:150px 1fr;gap:2px 10px;margin:0}
dt{font-weight:bold;color:#5a6270;font-size:8pt}dd{margin:0}ul{margin:0;padding-left:12px}.chapter{break-before:page}`;

export function reportHtml(m: ReportModel): string {
  const L = m.labels;
  const rows = m.activities
    .map(
      (a) =>
        `<tr><td>${escape(`${a.reference} ${a.name}`)}</td><td>${list(a.purposes, '')}</td><td>${list(
          a.retention.map((r) => r.text),
          '',
        )}</td><td>${list(a.recipientNames, '')}</td></tr>`,
    )
    .join('\n');
  const register = (title: string, activities: ReportActivity[]) =>
    activities.length
      ? `<div class="chapter"><h1>${escape(title)}</h1>${activities.map((a) => activity(a, m)).join('\n')}</div>`
      : '';
  return `<!doctype html><html lang="${m.lang}"><head><meta charset="utf-8"><title>${escape(`${L.report.title} — ${m.registerName}`)}</title><style>${STYLE}</style></head><body>
<h1>${escape(L.report.title)}</h1><p>${escape(L.report.subtitle)}</p><p><b>${escape(m.registerName)}</b></p>
<p>${escape(L.report.registerDate)}: ${escape(m.asOf)}<br>${escape(L.report.fingerprint)}: ${escape(m.fingerprint)}</p>
<div class="chapter"><h1>${escape(L.report.overview)}</h1><table><thead><tr><th>${escape(L.field.name)}</th><th>${escape(L.report.purposesAndBases)}</th><th>${escape(L.field.retention)}</th><th>${escape(L.field.recipients)}</th></tr></thead><tbody>
${rows}</tbody></table></div>
${register(L.report.controllerRegister, m.controllerActivities)}${register(L.report.processorRegister, m.processorActivities)}
</body></html>`;
}
