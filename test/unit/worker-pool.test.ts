// The worker pool with real worker threads: answers come back in input order however long each
// takes, a worker given its next input early still answers in order, and a crash costs only the
// input it happened on.
import { describe, expect, it } from 'vitest';
import { inOrderOnWorkers } from '../../ingest/worker-pool.ts';
import type { PoolTestInput } from '../fixtures/workers/pool-worker.ts';

const entry = new URL('../fixtures/workers/pool-worker.mjs', import.meta.url);

async function run(inputs: PoolTestInput[], workers: number, batching: { batchMs?: number; maxAhead?: number } = {}): Promise<(number | string)[]> {
  const answers: (number | string)[] = [];
  const pool = inOrderOnWorkers<PoolTestInput, number | string>(inputs, {
    entry,
    workers,
    maxAhead: batching.maxAhead ?? 8,
    batchMs: batching.batchMs,
    crashed: (input, error) => `crashed ${input.value}: ${error.message}`,
  });
  for await (const answer of pool) answers.push(answer);
  return answers;
}

describe('inOrderOnWorkers', () => {
  it.each([
    ['one worker, a slow input before quick ones', 1, [60, 0, 0, 30, 0]],
    ['two workers, slow and quick inputs mixed', 2, [50, 0, 40, 0, 0, 30, 0, 10, 0, 0]],
    ['three workers, every input quick', 3, Array.from({ length: 40 }, () => 0)],
  ])('%s: every answer, in input order', async (_, workers, waits) => {
    const inputs = waits.map((waitMs, value) => ({ value, waitMs }));
    expect(await run(inputs, workers)).toEqual(inputs.map(({ value }) => value * 2));
  });

  it('answers the inputs queued behind a crash on another worker', async () => {
    const inputs: PoolTestInput[] = Array.from({ length: 12 }, (_, value) => ({ value, waitMs: value === 3 ? 20 : 0, crash: value === 4 }));
    const answers = await run(inputs, 2);
    expect(answers).toHaveLength(12);
    expect(answers[4]).toBe('crashed 4: crashed on 4');
    expect(answers.filter((_, i) => i !== 4)).toEqual(inputs.filter((i) => i.value !== 4).map(({ value }) => value * 2));
  });

  it('sends quick inputs in batches, in order, and a crash inside a batch costs only its input', async () => {
    // 400 quick inputs, a crash among them, then a report of how the survivor got its inputs
    const inputs: PoolTestInput[] = Array.from({ length: 400 }, (_, value) => ({ value, crash: value === 150 }));
    inputs.push({ value: 400, report: true });
    const answers = await run(inputs, 2, { batchMs: 1_000, maxAhead: 256 });
    expect(answers).toHaveLength(401);
    expect(answers[150]).toBe('crashed 150: crashed on 150');
    expect(answers.slice(0, 400).filter((_, i) => i !== 150)).toEqual(inputs.slice(0, 400).filter((i) => i.value !== 150).map(({ value }) => value * 2));
    const [, inputsAnswered, messages] = /^(\d+) inputs in (\d+) messages$/.exec(String(answers[400]))!.map(Number);
    expect(inputsAnswered).toBeGreaterThan(200); // the survivor took over the crashed worker's share
    expect(messages).toBeLessThan(inputsAnswered! / 4);
  });

  it('sends one input a message without batchMs', async () => {
    const inputs: PoolTestInput[] = Array.from({ length: 30 }, (_, value) => ({ value }));
    inputs.push({ value: 30, report: true });
    const answers = await run(inputs, 1, { maxAhead: 64 });
    expect(answers.slice(0, 30)).toEqual(inputs.slice(0, 30).map(({ value }) => value * 2));
    expect(answers[30]).toBe('30 inputs in 31 messages');
  });

  it('stops with a clear error when every worker has crashed', async () => {
    const inputs: PoolTestInput[] = [{ value: 0, crash: true }, { value: 1 }, { value: 2 }];
    const answers: (number | string)[] = [];
    const pool = inOrderOnWorkers<PoolTestInput, number | string>(inputs, { entry, workers: 1, maxAhead: 8, crashed: (input) => `crashed ${input.value}` });
    await expect(
      (async () => {
        for await (const answer of pool) answers.push(answer);
      })(),
    ).rejects.toThrow('every worker thread has crashed');
    expect(answers).toEqual(['crashed 0']);
  });
});
