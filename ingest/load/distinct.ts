// A set of strings that keeps 8 bytes of hash per string, not the string: the ingest summary
// counts distinct documents and cited targets over a corpus of any size in a few MB
// (16 bytes a string at most, the table kept at most half full). Two strings whose 53-bit
// hashes agree count once: at 10⁷ strings the chance that any pair does is about 1 in 200.

/** Two 32-bit FNV-1a-style hashes with different seeds and multipliers, as one 53-bit whole number (never 0). */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return ((a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11)) || 1;
}

export class HashedSet {
  private slots = new Float64Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the string; true when it was not there. */
  add(text: string): boolean {
    if (this.count * 2 >= this.slots.length) this.grow();
    return this.place(this.slots, hash53(text));
  }

  has(text: string): boolean {
    return this.hasHash(hash53(text));
  }

  /** How many of this set's strings the other set does not hold. */
  countNotIn(other: HashedSet): number {
    let n = 0;
    for (const h of this.slots) if (h !== 0 && !other.hasHash(h)) n++;
    return n;
  }

  private hasHash(h: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = h % this.slots.length; ; i = (i + 1) & mask) {
      if (this.slots[i] === h) return true;
      if (this.slots[i] === 0) return false;
    }
  }

  private place(slots: Float64Array, h: number): boolean {
    const mask = slots.length - 1;
    for (let i = h % slots.length; ; i = (i + 1) & mask) {
      if (slots[i] === h) return false;
      if (slots[i] === 0) {
        slots[i] = h;
        this.count++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.count = 0;
    for (const h of old) if (h !== 0) this.place(this.slots, h);
  }
}
