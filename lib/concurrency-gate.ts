/**
 * At most `limit` holders at once in this process; `tryEnter` never waits: it returns the release
 * function, or null when the gate is full (the caller answers "busy, try again").
 */
export function createConcurrencyGate(limit: number) {
  let active = 0;
  return {
    tryEnter(): (() => void) | null {
      if (active >= limit) return null;
      active++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active--;
      };
    },
    get active() {
      return active;
    },
  };
}
