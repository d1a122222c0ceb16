import type { CorpusItem } from "../detector-eval";
import neutral from "./neutral.json";
import pitches from "./pitches.json";
import riskyLanguage from "./risky-language.json";
import secondBatch from "./second-batch.json";
import thirdBatch from "./third-batch.json";
import fourthBatch from "./fourth-batch.json";
import fifthBatch from "./fifth-batch.json";
import sixthBatch from "./sixth-batch.json";

/**
 * The labelled evaluation corpus: vendor pitches, risky contract language and their look-alikes, plus
 * neutral boilerplate. The second, third and fourth batches were each written after a tuning round, as
 * fresh wording for every category, before the rules were tuned again (a check of how the rules generalise).
 * The fifth batch was written blind, by someone who never saw the rules; its holdout items were chosen at
 * random before anyone read the batch. The sixth batch is a second blind batch by the same writer, its holdout
 * chosen the same way (seeded, before reading).
 */
export const DETECTOR_CORPUS: readonly CorpusItem[] = [
  ...(pitches as CorpusItem[]),
  ...(riskyLanguage as CorpusItem[]),
  ...(neutral as CorpusItem[]),
  ...(secondBatch as CorpusItem[]),
  ...(thirdBatch as CorpusItem[]),
  ...(fourthBatch as CorpusItem[]),
  ...(fifthBatch as CorpusItem[]),
  ...(sixthBatch as CorpusItem[]),
];
