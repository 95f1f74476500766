/**
 * The normalised text being written, with where each of its characters came from. Runs copied
 * unchanged are stored as one segment (most of a text); replaced characters as segments of
 * their own, so mapping back costs a binary search, not an array as long as the text.
 */

export interface OffsetLookup {
  readonly text: string;
  toOriginal(index: number): number;
  toOriginalEnd(end: number): number;
}

export class OffsetMap {
  private readonly parts: string[] = [];
  private length = 0;
  // Segment k covers output [outStart[k], outStart[k] + size[k]); a copied run maps one to
  // one from origStart[k] (origEnd[k] = -1), a replacement maps every unit to [origStart, origEnd).
  private readonly outStart: number[] = [];
  private readonly origStart: number[] = [];
  private readonly origEnd: number[] = [];
  private readonly size: number[] = [];

  constructor(private readonly original: string) {}

  /** Appends original[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const k = this.size.length - 1;
    const size = this.size[k] ?? 0;
    if (k >= 0 && this.origEnd[k] === -1 && (this.origStart[k] ?? 0) + size === from) {
      this.size[k] = size + (to - from);
      this.parts[this.parts.length - 1] += this.original.slice(from, to);
    } else {
      this.segment(from, -1, to - from);
      this.parts.push(this.original.slice(from, to));
    }
    this.length += to - from;
  }

  /** Appends `text` standing for original[from, to). */
  emit(text: string, from: number, to: number): void {
    this.segment(from, to, text.length);
    this.parts.push(text);
    this.length += text.length;
  }

  /** The code of the last character written, or -1. */
  lastCode(): number {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charCodeAt(last.length - 1) : -1;
  }

  /** Where the last character written starts in the original. */
  lastStart(): number {
    return this.toOriginal(this.length - 1);
  }

  /** Removes the last character written. */
  pop(): void {
    const p = this.parts.length - 1;
    const k = this.size.length - 1;
    if (p < 0 || k < 0) return;
    const part = this.parts[p] ?? "";
    if (part.length <= 1) this.parts.pop();
    else this.parts[p] = part.slice(0, -1);
    const size = (this.size[k] ?? 1) - 1;
    if (size === 0) {
      this.outStart.pop();
      this.origStart.pop();
      this.origEnd.pop();
      this.size.pop();
    } else this.size[k] = size;
    this.length--;
  }

  private segment(origStart: number, origEnd: number, size: number): void {
    this.outStart.push(this.length);
    this.origStart.push(origStart);
    this.origEnd.push(origEnd);
    this.size.push(size);
  }

  private find(index: number): number {
    let low = 0;
    let high = this.outStart.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.outStart[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  toOriginal(index: number): number {
    if (index >= this.length || this.size.length === 0) return this.original.length;
    const k = this.find(Math.max(0, index));
    const start = this.origStart[k] ?? 0;
    return this.origEnd[k] === -1 ? start + (Math.max(0, index) - (this.outStart[k] ?? 0)) : start;
  }

  toOriginalEnd(end: number): number {
    if (end <= 0) return 0;
    if (end > this.length || this.size.length === 0) return this.original.length;
    const k = this.find(end - 1);
    const origEnd = this.origEnd[k] ?? -1;
    return origEnd === -1 ? (this.origStart[k] ?? 0) + (end - (this.outStart[k] ?? 0)) : origEnd;
  }

  finish(): OffsetLookup {
    const text = this.parts.join("");
    return { text, toOriginal: (i) => this.toOriginal(i), toOriginalEnd: (e) => this.toOriginalEnd(e) };
  }
}
