// The notice as Markdown (CommonMark with GFM tables): for websites built from Markdown and for
// review in a pull request. Characters Markdown would read as markup are escaped.
import type { Block, NoticeDocument } from './model';

const inline = (s: string): string => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
const escape = (s: string): string =>
  s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
const cell = (s: string): string => inline(s).replace(/\r?\n/g, '<br>');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.text)}`;
    case 'paragraph':
      return escape(b.text);
    case 'list':
      return b.items.map((i) => `- ${escape(i)}`).join('\n');
    case 'table':
      return [
        `| ${b.columns.map(cell).join(' | ')} |`,
        `| ${b.columns.map(() => '---').join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

export function noticeMarkdown(n: NoticeDocument): string {
  return `${n.blocks.map(block).join('\n\n')}\n`;
}
