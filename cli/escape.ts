// Register text printed to a terminal: a name holding ESC sequences, BEL or a text-direction
// override must not ring, clear or rewrite the terminal of whoever checks a shared file. Every
// register-provided string the CLI prints goes through `visible`, which shows such characters as
// `\u001b`-style escapes; JSON output escapes the ones JSON.stringify leaves raw.

/** C0 controls (TAB and line breaks too), DEL, C1 controls, bidi controls, line/paragraph separators, lone surrogates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of register text, safe to print: every unsafe character as a visible `\uXXXX`. */
export function visible(text: string | number): string {
  return String(text).replace(UNSAFE, escape);
}

/** Output made of lines: each line escaped, the line breaks between them kept. */
export function visibleLines(text: string): string {
  return text
    .split('\n')
    .map((line) => visible(line))
    .join('\n');
}

/** What JSON.stringify leaves raw but a terminal may act on (C1, bidi, separators), escaped; still valid JSON. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, escape);
}
