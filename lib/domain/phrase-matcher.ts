// Finds literal phrases (an admin's words for a pitch) in a normalised text, whole-word, in one pass:
// an Aho-Corasick automaton over every phrase at once. No phrase becomes a regular expression, so
// no admin-supplied text can make matching backtrack: building is linear in the phrases' length and
// a search visits each text position once, plus, where a whole word may end, the distinct phrase
// lengths that end there (at most the longest phrase's length).

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

export interface PhraseMatcher {
  /** For each group (e.g. a pitch), the first occurrence in the text, as [start, end) in `text`. */
  firstMatches(text: string): Map<number, { start: number; end: number }>;
}

/**
 * `groups[g]` holds group g's phrases, already normalised like the text (lower case, single spaces).
 * In the text, a line break counts as a space, so a phrase may span one.
 */
export function buildPhraseMatcher(groups: readonly (readonly string[])[]): PhraseMatcher {
  const children: Map<string, number>[] = [new Map()];
  // Per node: the phrase length it completes (0: none) and the groups whose phrase it is.
  const length: number[] = [0];
  const groupsAt: number[][] = [[]];
  groups.forEach((phrases, group) => {
    for (const phrase of phrases) {
      if (!phrase) continue;
      let node = 0;
      for (const c of phrase) {
        let next = children[node].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          length.push(0);
          groupsAt.push([]);
          children[node].set(c, next);
        }
        node = next;
      }
      length[node] = phrase.length;
      if (!groupsAt[node].includes(group)) groupsAt[node].push(group);
    }
  });

  // Failure links breadth first; `dict` jumps to the nearest suffix node that completes a phrase.
  const fail = new Int32Array(children.length);
  const dict = new Int32Array(children.length);
  const queue: number[] = [...children[0].values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const [c, child] of children[node]) {
      let f = fail[node];
      while (f !== 0 && !children[f].has(c)) f = fail[f];
      const target = children[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = length[fail[child]] ? fail[child] : dict[fail[child]];
      queue.push(child);
    }
  }

  return {
    firstMatches(text) {
      const found = new Map<number, { start: number; end: number }>();
      if (!groups.length) return found;
      // A node whose groups are all found has nothing left to report.
      const done = new Uint8Array(children.length);
      let state = 0;
      for (let i = 0; i < text.length && found.size < groups.length; i++) {
        const c = text[i] === "\n" ? " " : text[i];
        while (state !== 0 && !children[state].has(c)) state = fail[state];
        state = children[state].get(c) ?? 0;
        // Every phrase completed here ends with text[i]: inside a word, none ends a whole word.
        if (isWordChar(c) && isWordChar(text[i + 1])) continue;
        for (let node = length[state] ? state : dict[state]; node !== 0; node = dict[node]) {
          if (done[node]) continue;
          const start = i + 1 - length[node];
          // Whole words: no word character continues the phrase's first word either.
          if (isWordChar(text[start]) && isWordChar(text[start - 1])) continue;
          for (const group of groupsAt[node]) if (!found.has(group)) found.set(group, { start, end: i + 1 });
          done[node] = 1;
        }
      }
      return found;
    },
  };
}
