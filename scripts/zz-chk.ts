import { detectRedFlags } from "@/lib/domain/red-flags";
for (const t of process.argv.slice(2)) console.log(detectRedFlags(t).map((f) => f.key), "←", t);
