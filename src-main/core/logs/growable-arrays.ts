/**
 * Typed arrays that grow by doubling: a per-entry byte for millions of entries costs megabytes, not
 * the hundreds of megabytes an array of numbers or objects would.
 */

export class GrowableBytes {
  private data = new Uint8Array(1 << 16);

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      const bigger = new Uint8Array(Math.max(this.data.length * 2, index + 1));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[index] = value;
  }

  at(index: number): number {
    return this.data[index] ?? 0;
  }
}

export class GrowableIndexes {
  private data = new Uint32Array(1 << 12);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(position: number): number {
    return this.data[position] ?? 0;
  }
}
