import type { LayerKey, PitchKey, Priority, RecommendationKey, ScenarioKey } from "@/lib/domain/enums";

// Shape of the default playbook content. The data file is typed against these so the seed,
// the playbook page and the pitch matcher all agree on keys at compile time.

/** Where in the seed document an item comes from, e.g. "Key clauses › Data ownership". */
export type SourceNote = string;

export interface LayerSeed {
  key: LayerKey;
  title: string;
  summary: string;
  source: SourceNote;
}

export interface ClauseSeed {
  /** Stable kebab-case key, unique within the playbook. */
  key: string;
  layer: LayerKey;
  title: string;
  whyItMatters: string;
  mustHave: string;
  fallback: string;
  walkAway: string;
  /** Sample contract language, only where the source gives a basis for it. */
  sampleLanguage?: string;
  priority: Priority;
  /** Vendor pitches that attack this clause. */
  attackedBy: PitchKey[];
  source: SourceNote;
}

export interface PitchSeed {
  key: PitchKey;
  /** The pitch as a vendor would say it, paraphrased. */
  quote: string;
  danger: string;
  counter: string;
  /** Layer hit hardest by this pitch. */
  layer: LayerKey;
  source: SourceNote;
}

export interface ScenarioSeed {
  key: ScenarioKey;
  title: string;
  story: string;
  whatWentWrong: string;
  /** How a CIO should read an uncovered scenario, e.g. "If this vendor shuts down tomorrow, ...". */
  ifUncovered: string;
  /** Clause keys that defend against this scenario. */
  defendedBy: string[];
  source: SourceNote;
}

export interface RecommendationSeed {
  key: RecommendationKey;
  title: string;
  detail: string;
  source: SourceNote;
}

export interface PlaybookSeed {
  name: string;
  layers: LayerSeed[];
  clauses: ClauseSeed[];
  pitches: PitchSeed[];
  scenarios: ScenarioSeed[];
  recommendations: RecommendationSeed[];
}
