import type { PitchKey } from "./pitch-patterns";

// The default playbook's danger and counter of the seven pitches the built-in patterns recognise: the
// text a finding reads as when no playbook is given. Kept here, not read from default-playbook.json, so
// that the red-flag matcher (which runs in the browser too) does not pull the whole playbook into the
// client bundle; lib/playbook/__tests__/builtin-pitch-text.test.ts holds the two equal.

export const BUILTIN_PITCH_TEXT: Record<PitchKey, { danger: string; counter: string }> = {
  "hosting-only": {
    danger:
      "It plays down your need to hold the model. You become wholly dependent on the vendor's infrastructure and on its continuing to operate: an outage stops you, and switching providers means starting over.",
    counter:
      "Treat hosting as a convenience, not a substitute for ownership. Require a copy of the model delivered on request or kept in escrow, SLAs while the vendor hosts, and cite business continuity as the reason.",
  },
  "proprietary-base-model": {
    danger: "The licence may be limited in time or scope, and without wider rights you may be unable to run the model yourself or develop it further.",
    counter:
      "If the vendor will not transfer ownership, require at least an exclusive, perpetual licence to the model with the right to operate it on your own infrastructure, modify it and integrate it with other systems, and keep the version customised on your data apart from the base the vendor owns.",
  },
  "pooled-data": {
    danger: "Your data enriches a model your competitors can also use, so the network effect works against your advantage.",
    counter:
      "Treat it as a red flag. Require an isolated model, or at least a separately fine-tuned instance used only by you, and bar your data from the shared base.",
  },
  "discount-for-reuse": {
    danger: "You may be funding a product the vendor then sells across your industry, giving competitors a similar capability for a fraction of what you paid.",
    counter:
      "Usually decline unless the use case is not core to your business. If you agree, get sector exclusivity or a time-limited head start (such as a year before resale), real value back such as a royalty, and no reuse of your actual data.",
  },
  "trust-us": {
    danger:
      "Vague or one-sided terms, such as a right to use 'service data' for any purpose or a broad licence to your content, stay enforceable whatever was said in the meeting. Zoom's 2023 terms update, claiming wide AI-training rights over customer data, shows how such clauses come back to bite.",
    counter:
      "Never accept a spoken assurance in place of wording. Tighten or delete any clause that could be abused, on the assumption that one day it will be.",
  },
  "lose-ai-on-exit": {
    danger: "Classic lock-in: a strategic capability becomes a subscription you cannot leave without losing it overnight.",
    counter:
      "Say plainly that this is unacceptable for a strategic system. Naming it often brings out an option the vendor had not advertised, such as an enterprise IP transfer for a higher fee; then secure delivery on termination, surviving licences and escrow.",
  },
  "big-tech-platform": {
    danger:
      "It may even be true, because platform terms can prevent export of fine-tuned weights, but it means you will never own a model that lives in someone else's cloud.",
    counter:
      "Avoid this set-up for custom development where you can. Otherwise secure ownership of your data and outputs, export of all fine-tuning data, and a commitment to rebuild an equivalent model on an open platform or move to a self-hosted alternative; consider negotiating with the platform provider directly.",
  },
};
