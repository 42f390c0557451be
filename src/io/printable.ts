// Names as a terminal or a log may show them: a file name can hold any byte but `/` and NUL,
// and a newline or an escape sequence in one would break a line of stderr in two or recolour
// the terminal. Control characters are written as escapes (`\n`, `\x1b`); the rest as it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function printable(name: string): string {
  return name.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
