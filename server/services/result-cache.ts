// A per-server cache of whole answers (their JSON), keyed by the graph's version: ingest writes
// a new version token in the same transaction as every batch it commits (cypher/write/graph-version.cypher),
// and an answer is looked up under the token the graph has now, so one computed before an
// ingest is never served after it — on every API server behind a load balancer, since the
// token is in Neo4j and each server reads it.
//
// How often the token is read: once per event-loop turn at most, by a read that starts after
// every request waiting on it arrived (requests that arrive together share it). So a request
// that arrives after an ingest committed sees that ingest; the read costs one small query.

/**
 * A least-recently-used map of answers, bounded in entries and in bytes. An answer is kept as
 * its UTF-8 bytes in a Buffer: outside the JavaScript heap, counted exactly, and sent as it is.
 * (Kept as strings, 300 kB answers each sat in a large-object page of V8's heap and the server's
 * RSS grew by about twice what the cache counted.)
 */
export class ResultCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private readonly computing = new Map<string, Promise<Buffer>>();

  /**
   * The answer under `key`, computed by `compute` when it is not kept; requests for a key
   * whose answer is being computed wait for that one (a popular document asked by many
   * clients at once is computed once). A failure is not kept.
   */
  async getOrCompute(key: string, compute: () => Promise<Buffer>): Promise<{ body: Buffer; hit: boolean }> {
    const kept = this.get(key);
    if (kept !== undefined) return { body: kept, hit: true };
    const running = this.computing.get(key);
    if (running) return { body: await running, hit: true };
    const computed = compute().then((body) => (this.set(key, body), body));
    this.computing.set(key, computed);
    try {
      return { body: await computed, hit: false };
    } finally {
      this.computing.delete(key);
    }
  }

  get(key: string): Buffer | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Map keeps insertion order: taking the entry out and back in makes it the most recent.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: Buffer): void {
    const size = value.length + key.length * 2;
    if (size > this.maxBytes || this.maxEntries === 0) return;
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += size;
    for (const [oldest, answer] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.bytes -= answer.length + oldest.length * 2;
      this.entries.delete(oldest);
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.bytes -= old.length + key.length * 2;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * The graph's version token as Neo4j has it now, read at most once per event-loop turn: the
 * requests that ask in the same turn share one read, which starts after all of them asked.
 * Null when the graph has no token (written by something that does not keep one): then nothing
 * is cached.
 */
export class GraphVersion {
  private pending: Promise<string | null> | undefined;
  reads = 0;

  constructor(private readonly read: () => Promise<string | null>) {}

  current(): Promise<string | null> {
    this.pending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      // Requests from now on wait for a read that starts after them.
      this.pending = undefined;
      this.reads++;
      return this.read();
    });
    return this.pending;
  }
}
