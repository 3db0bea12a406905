// The notice as one standalone HTML page: no script, no external stylesheet, font or image, the
// language set, tables with header cells, a print stylesheet. Every text is escaped.
import type { Block, NoticeDocument } from './model';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;line-height:1.45;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{color:#1f3a5f;font-size:1.8rem}h2{color:#1f3a5f;font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #c9d1db}h3{color:#1f3a5f;font-size:1.1rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #c9d1db;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#dde5ee}
@media print{body{margin:0;max-width:none;font-size:10pt}h2,h3{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}`;

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${b.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('\n')}</tbody></table>`;
  }
}

export function noticeHtml(n: NoticeDocument): string {
  return `<!DOCTYPE html>
<html lang="${n.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="RoPA Registry">
<title>${escape(`${n.title} — ${n.controller}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${n.blocks.map(block).join('\n')}
</main>
</body>
</html>
`;
}
