import json from "./default-playbook.json";
import { ZPlaybookDocument, type PlaybookDocument, type PlaybookPitch } from "./format";

// The default playbook every organisation starts with, shipped as a playbook document
// (default-playbook.json, format of lib/playbook/format.ts). All text is the project's own paraphrase
// of the seed document ("Custom AI Development & Model Ownership Terms"); each item's `source` says
// which part of that document it rests on. Anything that goes beyond the source is marked in the text
// as a playbook addition.

export const DEFAULT_PLAYBOOK: PlaybookDocument = ZPlaybookDocument.parse(json);

/** The default playbook's vendor pitches: the red-flag rules (pitch-patterns.ts) read their danger and counter here. */
export const DEFAULT_PITCHES: PlaybookPitch[] = DEFAULT_PLAYBOOK.pitches;
