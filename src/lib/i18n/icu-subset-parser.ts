/**
 * A small ICU MessageFormat parser for the subset Lectern's messages use: text, `{name}`
 * arguments, `plural` (with `=n`, plural categories, `#` and `offset:`), `select`, and ICU
 * apostrophe quoting. It builds the same syntax tree as `@formatjs/icu-messageformat-parser`,
 * which the build swaps for this file: the full parser (number and date skeletons, tags) is a
 * fifth of the first screen's script and none of its features are used.
 *
 * Anything outside the subset throws, and a unit test proves that every message of every
 * locale parses here exactly as the full parser parses it.
 */
import {
  TYPE,
  type MessageFormatElement,
  type PluralOrSelectOption,
} from '@formatjs/icu-messageformat-parser/lib/types.js';

export * from '@formatjs/icu-messageformat-parser/lib/types.js';

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  peek(offset = 0): string {
    return this.text[this.position + offset] ?? '';
  }
  done(): boolean {
    return this.position >= this.text.length;
  }
  skipSpace(): void {
    while (/\s/.test(this.peek())) {
      this.position += 1;
    }
  }
  expect(char: string): void {
    if (this.peek() !== char) {
      this.fail(`expected "${char}"`);
    }
    this.position += 1;
  }
  word(): string {
    const match = /^[^\s{}#,]+/.exec(this.text.slice(this.position));
    if (!match) {
      this.fail('expected a name');
    }
    this.position += match[0].length;
    return match[0];
  }
  fail(problem: string): never {
    throw new SyntaxError(`${problem} at ${this.position} in "${this.text}"`);
  }
}

function parseElements(reader: Reader, inPlural: boolean, nested: boolean): MessageFormatElement[] {
  const elements: MessageFormatElement[] = [];
  let text = '';
  const flush = () => {
    if (text) {
      elements.push({ type: TYPE.literal, value: text });
      text = '';
    }
  };
  while (!reader.done()) {
    const char = reader.peek();
    if (char === '}') {
      if (!nested) {
        reader.fail('unmatched "}"');
      }
      break;
    }
    if (char === '{') {
      flush();
      elements.push(parseArgument(reader));
    } else if (char === '#' && inPlural) {
      flush();
      reader.position += 1;
      elements.push({ type: TYPE.pound });
    } else if (char === "'") {
      text += readApostrophe(reader, inPlural);
    } else if (char === '<') {
      reader.fail('tags are not supported');
    } else {
      text += char;
      reader.position += 1;
    }
  }
  flush();
  return elements;
}

/** ICU quoting: `''` is one apostrophe; `'` before a syntax character quotes up to the next `'`. */
function readApostrophe(reader: Reader, inPlural: boolean): string {
  const next = reader.peek(1);
  if (next === "'") {
    reader.position += 2;
    return "'";
  }
  if (next === '{' || next === '}' || (inPlural && next === '#')) {
    reader.position += 1;
    let quoted = '';
    while (!reader.done()) {
      if (reader.peek() === "'") {
        if (reader.peek(1) === "'") {
          quoted += "'";
          reader.position += 2;
          continue;
        }
        reader.position += 1;
        return quoted;
      }
      quoted += reader.peek();
      reader.position += 1;
    }
    return quoted;
  }
  reader.position += 1;
  return "'";
}

function parseArgument(reader: Reader): MessageFormatElement {
  reader.expect('{');
  reader.skipSpace();
  const name = reader.word();
  reader.skipSpace();
  if (reader.peek() === '}') {
    reader.position += 1;
    return { type: TYPE.argument, value: name };
  }
  reader.expect(',');
  reader.skipSpace();
  const kind = reader.word();
  reader.skipSpace();
  if (kind !== 'plural' && kind !== 'select') {
    reader.fail(`"${kind}" arguments are not supported`);
  }
  reader.expect(',');
  reader.skipSpace();
  let offset = 0;
  if (kind === 'plural' && reader.text.startsWith('offset:', reader.position)) {
    reader.position += 'offset:'.length;
    offset = Number(reader.word());
    reader.skipSpace();
  }
  const options: Record<string, PluralOrSelectOption> = {};
  while (reader.peek() !== '}') {
    const selector = reader.word();
    reader.skipSpace();
    reader.expect('{');
    options[selector] = { value: parseElements(reader, kind === 'plural', true) };
    reader.expect('}');
    reader.skipSpace();
  }
  reader.expect('}');
  if (!('other' in options)) {
    reader.fail(`${kind} needs an "other" option`);
  }
  return kind === 'plural'
    ? { type: TYPE.plural, value: name, options, offset, pluralType: 'cardinal' }
    : { type: TYPE.select, value: name, options };
}

/** Parses `message` into the syntax tree intl-messageformat formats. */
export function parse(message: string): MessageFormatElement[] {
  return parseElements(new Reader(message), false, false);
}
