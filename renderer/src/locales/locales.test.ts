// Every UI string in all four languages, and none written into a component: a key missing from a
// locale, or English text typed straight into JSX, fails here.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

type Tree = { [key: string]: string | Tree };
// i18next plural forms: a key may exist as key_one/key_other (and key_many in French).
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`.replace(PLURAL, '')] : keys(v, `${prefix}${k}.`),
  );
}
const keySet = (tree: Tree) => [...new Set(keys(tree))].sort();

// Every source file of the renderer as text (Vite's glob import: no file system access needed).
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

// Props and object keys that end up on screen (or in a screen reader).
const SHOWN_PROPS = new Set([
  'label',
  'placeholder',
  'title',
  'description',
  'aria-label',
  'alt',
  'message',
  'confirmLabel',
  'cancelLabel',
  'nothingFoundMessage',
  'error',
]);
// Two lower-case letters in a row: a word, where codes and examples ('US', 'HR-01') are not.
const WORDS = /[a-z]{2,}/;
// A lone camelCase token is a key or an identifier, not text.
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
const isText = (s: string): boolean => WORDS.test(s) && !IDENTIFIER.test(s.trim());

/** Text a user would see that does not come from i18next: file:line and the text. */
function hardCoded(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file.replace(/^\.\.\//, '')}:${line + 1}: ${text.trim()}`);
  };
  const literalText = (e: ts.Node | undefined): string | null =>
    e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : null;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node)) {
      const text = literalText(node.expression);
      if (text !== null && isText(text) && !ts.isJsxAttribute(node.parent)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && SHOWN_PROPS.has(node.name.getText())) {
      const init = node.initializer;
      const text = literalText(init) ?? (init && ts.isJsxExpression(init) ? literalText(init.expression) : null);
      if (text !== null && isText(text)) report(node, text);
    }
    // An error object's message ({ kind, message }) is the core's words, like every RopaError.
    const isError = (o: ts.Node) =>
      ts.isObjectLiteralExpression(o) && o.properties.some((p) => p.name?.getText() === 'kind');
    if (ts.isPropertyAssignment(node) && SHOWN_PROPS.has(node.name.getText()) && !isError(node.parent)) {
      const text = literalText(node.initializer);
      if (text !== null && isText(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI strings', () => {
  it('every locale has exactly the keys of the English one', () => {
    const base = keySet(en);
    for (const [lang, tree] of Object.entries({ nl, fr, de })) {
      const have = keySet(tree);
      expect({ lang, missing: base.filter((k) => !have.includes(k)) }).toEqual({ lang, missing: [] });
      expect({ lang, extra: have.filter((k) => !base.includes(k)) }).toEqual({ lang, extra: [] });
    }
  });

  it('no locale leaves a key empty or untranslated placeholders out', () => {
    const flat = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'string' ? [[`${prefix}${k}`, v]] : flat(v, `${prefix}${k}.`),
      );
    const enValues = new Map(flat(en).map(([k, v]) => [k.replace(PLURAL, ''), v]));
    for (const tree of [nl, fr, de]) {
      for (const [key, value] of flat(tree)) {
        expect(value.trim(), key).not.toBe('');
        const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
        const english = enValues.get(key.replace(PLURAL, ''));
        if (english !== undefined)
          expect(vars(value), key).toEqual(expect.arrayContaining(vars(english).filter((v) => v !== 'count')));
      }
    }
  });

  it('no component renders hard-coded text', () => {
    const files = Object.entries(SOURCES);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(([file, text]) => hardCoded(file, text))).toEqual([]);
  });

  it('the scan catches what it is meant to catch', () => {
    const bad =
      `export const A = () => <div title="Open file"><b>Save</b>{'Cancel now'}<i>{t('ok')}</i> — 3</div>;\n` +
      `notify({ message: 'Report exported' });\n`;
    expect(hardCoded('Bad.tsx', bad).map((l) => l.split(': ').slice(1).join(': '))).toEqual([
      'Open file',
      'Save',
      'Cancel now',
      'Report exported',
    ]);
  });
});
