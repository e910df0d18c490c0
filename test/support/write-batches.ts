// Writes records through a GraphWriter as `citegraph ingest` does: in batches, with up to
// `inFlight` batches written at once (two by default; see GraphWriter.writeRecords).
import type { BatchStats, GraphWriter, IngestableRecord } from '../../ingest/load/write.ts';

export async function writeInBatches(
  writer: GraphWriter,
  records: Iterable<IngestableRecord>,
  options: { batchSize: number; inFlight?: number; onBatch?: (written: number) => void },
): Promise<BatchStats[]> {
  const inFlight = options.inFlight ?? 2;
  const pending: Promise<BatchStats>[] = [];
  const stats: BatchStats[] = [];
  let batch: IngestableRecord[] = [];
  let written = 0;
  const write = async () => {
    if (pending.length >= inFlight) stats.push(await pending.shift()!);
    pending.push(writer.writeRecords(batch));
    options.onBatch?.((written += batch.length));
    batch = [];
  };
  for (const record of records) {
    batch.push(record);
    if (batch.length === options.batchSize) await write();
  }
  if (batch.length) await write();
  stats.push(...(await Promise.all(pending)));
  return stats;
}
