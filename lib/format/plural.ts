/** plural(1, "blocker") → "1 blocker"; plural(3, "blocker") → "3 blockers"; irregular forms as `many`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
