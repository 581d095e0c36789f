/** Bytes per page of the id store (2 MiB). */
const PAGE_BYTES = 1 << 21;
const INITIAL_SLOTS = 1 << 10;

/**
 * The receiver ids a run has seen, exactly, at a fraction of the memory of a `Set<string>`.
 *
 * A `Set` keeps every id string alive on the JavaScript heap, each with its own header and the
 * set's entry, and a bigger live heap makes the garbage collector let the heap grow further. Here
 * each id is copied into pages of typed-array memory outside the JavaScript heap: a short length
 * header, then one byte per character when every character is below U+0100 (account ids are
 * ASCII in practice), two otherwise. An open-addressing table of offsets (4 bytes a slot, at most
 * half full) finds an id by hash. So an ASCII id of n characters costs about n + 1 bytes plus
 * 4 to 8 bytes of table. Lookups compare the stored characters: two different ids are never
 * taken for one another.
 */
export class ReceiverIdSet {
  private readonly pages: Uint8Array[] = [];
  /** Free position in the last page. */
  private position = PAGE_BYTES;
  /** `offset + 1` of each stored id, 0 for an empty slot; a power of two long. */
  private slots = new Int32Array(INITIAL_SLOTS);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds `id`; false when it was already in the set. */
  add(id: string): boolean {
    const mask = this.slots.length - 1;
    let slot = hashString(id) & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      if (this.holds(entry - 1, id)) return false;
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = this.store(id) + 1;
    this.count++;
    if (this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  has(id: string): boolean {
    const mask = this.slots.length - 1;
    let slot = hashString(id) & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return false;
      if (this.holds(entry - 1, id)) return true;
      slot = (slot + 1) & mask;
    }
  }

  /** Copies `id` into the pages; returns its offset (page × PAGE_BYTES + position). */
  private store(id: string): number {
    let wide = 0;
    for (let index = 0; index < id.length; index++) {
      if (id.charCodeAt(index) > 0xff) {
        wide = 1;
        break;
      }
    }
    let header = id.length * 2 + wide;
    const need = varintSize(header) + id.length * (1 + wide);
    if (this.position + need > PAGE_BYTES) {
      // An id longer than a page gets a page of its own size.
      this.pages.push(new Uint8Array(Math.max(PAGE_BYTES, need)));
      this.position = 0;
    }
    const pageIndex = this.pages.length - 1;
    const page = this.pages[pageIndex] as Uint8Array;
    const start = this.position;
    let at = start;
    while (header >= 0x80) {
      page[at++] = (header % 0x80) | 0x80;
      header = Math.floor(header / 0x80);
    }
    page[at++] = header;
    for (let index = 0; index < id.length; index++) {
      const unit = id.charCodeAt(index);
      page[at++] = unit & 0xff;
      if (wide) page[at++] = unit >>> 8;
    }
    this.position = at;
    return pageIndex * PAGE_BYTES + start;
  }

  private holds(offset: number, id: string): boolean {
    const entry = this.read(offset);
    if (entry.length !== id.length) return false;
    const { page, wide } = entry;
    let at = entry.at;
    for (let index = 0; index < id.length; index++) {
      const unit = wide ? (page[at] as number) | ((page[at + 1] as number) << 8) : page[at];
      if (unit !== id.charCodeAt(index)) return false;
      at += 1 + wide;
    }
    return true;
  }

  private storedHash(offset: number): number {
    const { page, at: first, length, wide } = this.read(offset);
    let value = FNV_OFFSET;
    let at = first;
    for (let index = 0; index < length; index++) {
      const unit = wide ? (page[at] as number) | ((page[at + 1] as number) << 8) : page[at];
      value = Math.imul(value ^ (unit as number), FNV_PRIME);
      at += 1 + wide;
    }
    return avalanche(value);
  }

  /** The page, first character byte, length and width of the id stored at `offset`. */
  private read(offset: number) {
    const page = this.pages[Math.floor(offset / PAGE_BYTES)] as Uint8Array;
    let at = offset % PAGE_BYTES;
    let header = 0;
    let scale = 1;
    for (;;) {
      const byte = page[at++] as number;
      header += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
    }
    return { page, at, length: Math.floor(header / 2), wide: header % 2 };
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = this.storedHash(entry - 1) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size++;
  return size;
}

/** FNV-1a over the UTF-16 code units (what `storedHash` computes from the stored copy). */
function hashString(id: string): number {
  let value = FNV_OFFSET;
  for (let index = 0; index < id.length; index++) {
    value = Math.imul(value ^ id.charCodeAt(index), FNV_PRIME);
  }
  return avalanche(value);
}

/** Mixes the bits, so that the low bits that pick a slot depend on the whole id. */
function avalanche(input: number): number {
  let value = input ^ (input >>> 16);
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}
