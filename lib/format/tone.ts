// The tones a status can be shown in: what a value means for the deal (good, bad, still open…), not
// a colour. The badge (components/ui/badge.tsx) and the PDF report each map a tone to their colours.

export type Tone = "good" | "ok" | "bad" | "open" | "muted" | "info" | "warn";
