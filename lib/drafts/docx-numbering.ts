// The list numbers Word renders but does not store as text: word/numbering.xml defines, per list
// (w:num → w:abstractNum), each level's format ("decimal", "lowerLetter", "lowerRoman" …), start value
// and text template ("%1.%2", "(%3)"). Counting the paragraphs of each list in document order gives the
// number a reader sees, e.g. "4.2" or "(b)".

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Level {
  format: string;
  text: string;
  start: number;
}

type El = Element;

const child = (el: El | undefined, name: string): Element | undefined => {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).namespaceURI === W && (c as Element).localName === name) return c as Element;
  }
  return undefined;
};
const children = (el: El, name: string): Element[] => Array.from(el.getElementsByTagNameNS(W, name) as ArrayLike<Element>).filter((c) => c.parentNode === el);
export const wVal = (el: El | undefined, name: string): string | undefined => child(el, name)?.getAttributeNS(W, "val") ?? undefined;

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let out = "";
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n < 1) return "";
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

export interface Numbering {
  /** The rendered number of the next paragraph of list `numId` at level `ilvl` ("" for bullets). */
  next(numId: string, ilvl: number): string;
}

export function parseNumbering(doc: Document | null): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  if (doc) {
    const root = doc.documentElement;
    for (const abstract of children(root, "abstractNum")) {
      const levels: Level[] = [];
      for (const lvl of children(abstract, "lvl")) {
        const ilvl = Number(lvl.getAttributeNS(W, "ilvl") ?? 0);
        levels[ilvl] = { format: wVal(lvl, "numFmt") ?? "decimal", text: wVal(lvl, "lvlText") ?? "", start: Number(wVal(lvl, "start") ?? 1) };
      }
      abstracts.set(abstract.getAttributeNS(W, "abstractNumId") ?? "", levels);
    }
    for (const num of children(root, "num")) {
      const starts = new Map<number, number>();
      for (const override of children(num, "lvlOverride")) {
        const start = wVal(override, "startOverride");
        if (start !== undefined) starts.set(Number(override.getAttributeNS(W, "ilvl") ?? 0), Number(start));
      }
      nums.set(num.getAttributeNS(W, "numId") ?? "", { abstractId: wVal(num, "abstractNumId") ?? "", starts });
    }
  }
  // Lists that share an abstract definition continue one another's count, as Word does.
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const levels = num ? abstracts.get(num.abstractId) : undefined;
      if (!num || !levels || numId === "0") return "";
      const key = num.abstractId;
      const counts = counters.get(key) ?? [];
      const startOf = (l: number) => num.starts.get(l) ?? levels[l]?.start ?? 1;
      counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
      counts.length = ilvl + 1; // a deeper level starts again under a new parent
      counters.set(key, counts);
      const level = levels[ilvl];
      if (!level || level.format === "bullet" || level.format === "none") return "";
      return level.text
        .replace(/%(\d)/g, (_, d: string) => {
          const l = Number(d) - 1;
          const value = counts[l] ?? startOf(l);
          return formatNumber(value, levels[l]?.format ?? "decimal");
        })
        .trim();
    },
  };
}
