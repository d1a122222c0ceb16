// A server action posted as text is a JSON array of arguments in React's reply encoding (encodeReply):
// strings starting with "$" are references (to other parts of a multipart body, FormData, promises…)
// or special values. Next decodes the body before any action code runs and answers a body its
// decoder chokes on ("not json", "$@0", "$n1e309", a dangling "$Q1") with a 500. Our client only
// ever sends plain objects of strings this way, so anything else is refused up front (proxy.ts).

/** The "$" strings encodeReply writes for plain values: escaped "$", undefined, numbers JSON cannot hold, BigInt, Date. */
const PLAIN_SPECIAL = /^\$(?:\$|undefined$|NaN$|-?Infinity$|-0$|n-?\d{1,1000}$|D\d{4,6}-\d\d-\d\dT[\d:.]+Z$)/;

/** Deeper than any form's input; also keeps this walk and the decoder's recursion short. */
export const MAX_ACTION_BODY_DEPTH = 32;

export function isWellFormedActionBody(text: string): boolean {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  if (!Array.isArray(root)) return false;
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_SPECIAL.test(value)) return false;
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_ACTION_BODY_DEPTH) return false;
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return true;
}
