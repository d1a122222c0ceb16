import { createHash } from "node:crypto";
import { compareManifest } from "@/lib/assets/manifest-compare";
import type { DeliverableKind } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshExitReadinessCache } from "@/lib/services/exit-readiness";

type Tx = Prisma.TransactionClient;

// Model assets and escrow on the demo's signed deal, so the Assets tab and the portfolio's
// exit-readiness panel show something real: a manifest of promises, some delivered (one checked, one
// not the file the vendor stated), a delivery manifest imported, and escrow with one deposit.

const DEAL_NAME = "Fraud scoring model";
const DAY = 86_400_000;
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const dateOnly = (daysFromNow: number) => {
  const d = new Date(Date.now() + daysFromNow * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

interface DemoAsset {
  kind: DeliverableKind;
  name: string;
  format: string;
  milestone: string;
  dueInDays: number;
  expectedPath: string;
  /** The vendor's stated hash, from the content named here. */
  stated?: string;
  /** What arrived: the content its hash is taken from, and its size. */
  delivered?: { content: string; size: number };
  checked?: boolean;
}

const ASSETS: DemoAsset[] = [
  {
    kind: "WEIGHTS",
    name: "Scoring ensemble (ONNX)",
    format: "ONNX",
    milestone: "Acceptance",
    dueInDays: -30,
    expectedPath: "model/ensemble.onnx",
    stated: "ensemble v1.4",
    delivered: { content: "ensemble v1.4", size: 184_320_000 },
    checked: true,
  },
  {
    kind: "CONFIGURATION",
    name: "Feature pipeline configuration",
    format: "YAML",
    milestone: "Acceptance",
    dueInDays: -30,
    expectedPath: "config/features.yaml",
    delivered: { content: "features v1.4", size: 48_211 },
  },
  {
    kind: "INFERENCE_CODE",
    name: "Scoring service source",
    format: "Source archive",
    milestone: "Acceptance",
    dueInDays: -30,
    expectedPath: "code/scoring-service.tar.gz",
    stated: "scoring service 2.0",
    delivered: { content: "scoring service 1.9", size: 9_437_184 },
  },
  {
    kind: "TRAINING_CODE",
    name: "Training pipeline source",
    format: "Source archive",
    milestone: "Go-live + 30 days",
    dueInDays: 20,
    expectedPath: "code/training.tar.gz",
  },
  {
    kind: "DATASET",
    name: "Labelled transaction sample",
    format: "Parquet",
    milestone: "Go-live",
    dueInDays: -5,
    expectedPath: "data/labelled-sample.parquet",
  },
  { kind: "EVALUATION_REPORT", name: "Hold-out evaluation report", format: "PDF", milestone: "Acceptance", dueInDays: 10, expectedPath: "eval/report.pdf" },
];

export async function seedDemoAssets(tx: Tx, organizationId: string, userIdByEmail: Map<string, string>) {
  const deal = await tx.deal.findFirst({ where: { organizationId, name: DEAL_NAME }, select: { id: true } });
  if (!deal) return;
  const negotiatorId = userIdByEmail.get("negotiator@example.com")!;
  const cioId = userIdByEmail.get("cio@example.com") ?? negotiatorId;
  const deliveredAt = new Date(Date.now() - 12 * DAY);
  const rows = [];
  for (const a of ASSETS) {
    const row = await tx.deliverable.create({
      data: {
        dealId: deal.id,
        kind: a.kind,
        name: a.name,
        format: a.format,
        milestone: a.milestone,
        dueOn: dateOnly(a.dueInDays),
        expectedPath: a.expectedPath,
        expectedSha256: a.stated ? sha(a.stated) : null,
        ...(a.delivered && {
          deliveredFileName: a.expectedPath,
          deliveredSizeBytes: BigInt(a.delivered.size),
          deliveredSha256: sha(a.delivered.content),
          deliveredAt,
          version: 2,
        }),
      },
    });
    rows.push(row);
    if (a.checked && row.deliveredSha256) {
      await tx.deliverableVerification.create({
        data: {
          deliverableId: row.id,
          method: "MODEL_LOADED",
          passed: true,
          sha256: row.deliveredSha256,
          note: "Loaded in our own inference cluster; scored last month's sample within 0.1% of the vendor's figures.",
          verifiedById: cioId,
        },
      });
    }
  }
  const files = ASSETS.filter((a) => a.delivered)
    .map((a) => ({ path: a.expectedPath, size: a.delivered!.size, sha256: sha(a.delivered!.content) }))
    .concat([{ path: "README.txt", size: 2_048, sha256: sha("readme") }])
    .sort((x, y) => x.path.localeCompare(y.path));
  const manifestSha256 = sha(JSON.stringify(files));
  await tx.manifestImport.create({
    data: {
      dealId: deal.id,
      fileName: "helix-delivery-manifest.json",
      manifestSha256,
      files,
      comparison: compareManifest(rows, files) as unknown as Prisma.InputJsonValue,
      importedById: negotiatorId,
      createdAt: deliveredAt,
    },
  });
  await tx.escrowArrangement.create({
    data: {
      dealId: deal.id,
      agent: "Vaultline Escrow Ltd",
      freshnessDays: 90,
      releaseTriggers: ["INSOLVENCY", "CEASES_BUSINESS", "FAILURE_TO_SUPPORT"],
      notes: "Deposit after every model release; the agent confirms the manifest hash in writing.",
    },
  });
  await tx.escrowDeposit.create({
    data: { dealId: deal.id, depositedOn: dateOnly(-35), manifestSha256, note: "Release 1.4 deposited at acceptance.", recordedById: negotiatorId },
  });
  await refreshExitReadinessCache(tx, [deal.id]);
}
