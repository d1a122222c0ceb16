import type { DeliverableKind } from "@/lib/domain/enums";

// The usual set of model assets a custom-model deal should promise, for "Suggested for this deal".
// The adapter only when the model is fine-tuned on a base model (the weights alone are then a delta).

export interface SuggestedAsset {
  kind: DeliverableKind;
  name: string;
  format: string;
  expectedPath: string;
}

const USUAL: readonly SuggestedAsset[] = [
  { kind: "WEIGHTS", name: "Model weights", format: "safetensors", expectedPath: "weights/model.safetensors" },
  { kind: "ADAPTER", name: "Fine-tuning adapter", format: "safetensors", expectedPath: "weights/adapter.safetensors" },
  { kind: "TOKENIZER", name: "Tokenizer", format: "JSON", expectedPath: "tokenizer/tokenizer.json" },
  { kind: "CONFIGURATION", name: "Model configuration", format: "JSON", expectedPath: "config/config.json" },
  { kind: "INFERENCE_CODE", name: "Inference code", format: "Source archive", expectedPath: "code/inference.tar.gz" },
  { kind: "TRAINING_CODE", name: "Training code", format: "Source archive", expectedPath: "code/training.tar.gz" },
  { kind: "DATASET", name: "Training and fine-tuning data sets", format: "JSONL", expectedPath: "data/train.jsonl" },
  { kind: "EVALUATION_SET", name: "Evaluation set", format: "JSONL", expectedPath: "eval/eval-set.jsonl" },
  { kind: "EVALUATION_REPORT", name: "Evaluation report", format: "PDF", expectedPath: "eval/report.pdf" },
  { kind: "MODEL_CARD", name: "Model card", format: "Markdown", expectedPath: "MODEL_CARD.md" },
];

/** A fine-tuned model: the deal names a base model, or its kind says so. */
export function isFineTuned(deal: { baseModel: string; modelKind: string }): boolean {
  return deal.baseModel.trim() !== "" || /fine.?tun|adapter|lora/i.test(deal.modelKind);
}

/** The usual assets whose kind the deal does not have yet. */
export function suggestedAssets(deal: { baseModel: string; modelKind: string }, presentKinds: ReadonlySet<DeliverableKind>): SuggestedAsset[] {
  return USUAL.filter((a) => (a.kind !== "ADAPTER" || isFineTuned(deal)) && !presentKinds.has(a.kind));
}
