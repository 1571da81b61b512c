/**
 * Seq as a CodeMirror 6 stream language: the same rules, in the same order,
 * as the Pygments lexer (backend/seqjit/shell/highlight.py), so a cell in
 * JupyterLab is coloured as `:see` and exported notebooks colour it.
 *
 * Every token carries two tags: a standard one JupyterLab's themes colour
 * (--jp-mirror-editor-*), and one of ours per Pygments token type, which
 * `pygmentsClasses` turns into that type's Pygments class (`seq-nb` for
 * Name.Builtin, as Pygments' HTML writes `nb`).
 */
import { StreamLanguage, StringStream } from '@codemirror/language';
import { Tag, tagHighlighter } from '@lezer/highlight';

import vocabulary from './vocabulary.json';

const BUILTINS = new Set<string>(vocabulary.builtins);
const KEYWORDS = new Set<string>(vocabulary.keywords);
// A Seq word: a run of anything but whitespace, ( ) : ; [ ] { } , " and #.
const WORD = /^[^\s():;[\]{},"#]+/;
const INT = /^-?(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)$/;
const FLOAT = /^-?(\d+\.\d*([eE][+-]?\d+)?|\d+[eE][+-]?\d+|\.\d+([eE][+-]?\d+)?)$/;

/** Pygments token type -> [its short class, the standard tag it is styled as]. */
const TOKENS: Record<string, [string, string]> = {
  'Comment.Single': ['c1', 'lineComment'],
  'Comment.Special': ['cs', 'meta'],
  'String.Double': ['s2', 'string'],
  'String.Escape': ['se', 'escape'],
  'String.Symbol': ['ss', 'atom'],
  Keyword: ['k', 'keyword'],
  'Keyword.Constant': ['kc', 'bool'],
  'Keyword.Type': ['kt', 'typeName'],
  Operator: ['o', 'operator'],
  Punctuation: ['p', 'punctuation'],
  'Number.Integer': ['mi', 'integer'],
  'Number.Float': ['mf', 'float'],
  'Name.Function': ['nf', 'variableName.definition'],
  'Name.Class': ['nc', 'className'],
  'Name.Namespace': ['nn', 'namespace'],
  'Name.Attribute': ['na', 'propertyName'],
  'Name.Builtin': ['nb', 'variableName.standard'],
  'Name.Variable': ['nv', 'variableName.special'],
  Name: ['n', 'variableName']
};

const ourTags: Record<string, Tag> = {};
for (const [short] of Object.values(TOKENS)) {
  ourTags[`seq-${short}`] = Tag.define();
}

/** Spans get the Pygments class of their token type (`seq-k`, `seq-nb`...). */
export const pygmentsClasses = tagHighlighter(
  Object.entries(ourTags).map(([cls, tag]) => ({ tag, class: cls }))
);

/** The stream token for a Pygments token type: both of its tags. */
function token(type: string): string {
  const [short, standard] = TOKENS[type];
  return `${standard} seq-${short}`;
}

/** The token type of one Seq word (highlight.py's `word_token`). */
export function wordType(text: string): string {
  if (INT.test(text)) return 'Number.Integer';
  if (FLOAT.test(text)) return 'Number.Float';
  if (text === 'true' || text === 'false') return 'Keyword.Constant';
  if (text === '--' || text === '->') return 'Operator';
  if (KEYWORDS.has(text)) return 'Keyword';
  if (BUILTINS.has(text)) return 'Name.Builtin';
  if (text.startsWith('..')) return 'Name.Variable';
  if (text[0] !== text[0].toLowerCase() && text[0] === text[0].toUpperCase()) {
    return 'Keyword.Type';
  }
  return 'Name';
}

interface State {
  inString: boolean;
  /** What the next word is, after `: `, `union ` or `include std:`. */
  next: 'Name.Function' | 'Name.Class' | 'include' | 'Name.Namespace' | 'field colon' | null;
}

function readToken(stream: StringStream, state: State): string | null {
  if (state.inString) {
    if (stream.match(/^[^"\\]+/)) return token('String.Double');
    if (stream.eat('\\')) {
      if (!stream.match(/^x[0-9a-fA-F]{2}/)) stream.next();
      return token('String.Escape');
    }
    stream.next(); // the closing quote
    state.inString = false;
    return token('String.Double');
  }
  if (stream.eatSpace()) return null;
  const next = state.next;
  state.next = null;
  if (next === 'include' && stream.match('std:')) {
    state.next = 'Name.Namespace';
    return token('Name.Namespace');
  }
  if ((next === 'Name.Function' || next === 'Name.Class' || next === 'Name.Namespace') &&
      stream.match(WORD)) {
    return token(next);
  }
  if (next === 'field colon' && stream.eat(':')) return token('Punctuation');
  if (stream.match(/^#\s*seq:allow\(.*?\).*$/)) return token('Comment.Special');
  if (stream.match(/^#.*$/)) return token('Comment.Single');
  if (stream.eat('"')) {
    state.inString = true;
    return token('String.Double');
  }
  if (stream.match(/^:(?=\s|$)/)) {
    state.next = 'Name.Function';
    return token('Keyword');
  }
  if (stream.match(/^:[^\s():;[\]{},"#]+/)) return token('String.Symbol');
  if (stream.match(/^[;:]/)) return token('Keyword');
  if (stream.match(/^[^\s():;[\]{},"#]+(?=:(\s|$))/)) {
    state.next = 'field colon'; // `radius: Float`
    return token('Name.Attribute');
  }
  if (stream.match(/^[()[\]{},]/)) return token('Punctuation');
  const word = stream.match(WORD) as RegExpMatchArray | null;
  if (word) {
    if (word[0] === 'union') state.next = 'Name.Class';
    if (word[0] === 'include') state.next = 'include';
    return token(wordType(word[0]));
  }
  stream.next();
  return null;
}

export const seqLanguage = StreamLanguage.define<State>({
  name: 'seq',
  startState: () => ({ inString: false, next: null }),
  copyState: state => ({ ...state }),
  token: readToken,
  tokenTable: ourTags,
  languageData: { commentTokens: { line: '#' } }
});
