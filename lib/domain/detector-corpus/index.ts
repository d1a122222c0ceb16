import type { CorpusItem } from "../detector-eval";
import neutral from "./neutral.json";
import pitches from "./pitches.json";
import riskyLanguage from "./risky-language.json";

/** The labelled evaluation corpus: vendor pitches, risky contract language and their look-alikes, plus neutral boilerplate. */
export const DETECTOR_CORPUS: readonly CorpusItem[] = [...(pitches as CorpusItem[]), ...(riskyLanguage as CorpusItem[]), ...(neutral as CorpusItem[])];
