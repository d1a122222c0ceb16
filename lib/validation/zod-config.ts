import { z } from "zod";

// zod 4 probes `new Function("")` to decide whether to compile object parsers, which the
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation in the browser.
// Parse without compiling, on both sides, so the probe never runs.
z.config({ jitless: true });
