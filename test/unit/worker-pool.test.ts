// The worker pool with real worker threads: answers come back in input order however long each
// takes, a worker given its next input early still answers in order, and a crash costs only the
// input it happened on.
import { describe, expect, it } from 'vitest';
import { inOrderOnWorkers } from '../../ingest/worker-pool.ts';
import type { PoolTestInput } from '../fixtures/workers/pool-worker.ts';

const entry = new URL('../fixtures/workers/pool-worker.mjs', import.meta.url);

async function run(inputs: PoolTestInput[], workers: number): Promise<(number | string)[]> {
  const answers: (number | string)[] = [];
  const pool = inOrderOnWorkers<PoolTestInput, number | string>(inputs, {
    entry,
    workers,
    maxAhead: 8,
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
