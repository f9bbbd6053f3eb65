// A compact binary container for the corpus cache: one string table (UTF-8, decoded at once into a
// single string and sliced) and typed arrays stored as they are in memory, each aligned to 8 bytes
// so that loading wraps the file's bytes without copying. Fields are read back in the order they
// were written; every length is checked, and any inconsistency throws a CacheFormatError.

export class CacheFormatError extends Error {}

/** The id of an absent string. */
export const NONE = 0xffffffff;

type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

export class BinaryWriter {
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly columns: Column[] = [];

  /** Interns a string and returns its id (NONE for undefined). */
  string(value: string | undefined): number {
    if (value === undefined) return NONE;
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.push(value) - 1;
      this.stringIds.set(value, id);
    }
    return id;
  }

  column(values: Column): void {
    this.columns.push(values);
  }

  /**
   * The file, in pieces to write one after the other: magic, string table, then the columns in order.
   * Not one buffer: joining them would hold the whole file twice (a 440 MB copy for 20,000 resolutions).
   */
  toParts(magic: string): Uint8Array[] {
    const text = Buffer.from(this.strings.join(''), 'utf8');
    const lengths = Uint32Array.from(this.strings, (value) => value.length);
    const parts: Uint8Array[] = [];
    let size = 0;
    const append = (bytes: Uint8Array) => {
      parts.push(bytes);
      size += bytes.byteLength;
      const pad = (8 - (size % 8)) % 8;
      if (pad > 0) {
        parts.push(Buffer.alloc(pad));
        size += pad;
      }
    };
    append(Buffer.from(magic.padEnd(16, ' ').slice(0, 16), 'latin1'));
    for (const column of [lengths, ...this.columns]) {
      append(header(column));
      append(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    }
    append(header(text));
    append(text);
    return parts;
  }
}

const KINDS = [Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array] as const;

function header(column: Column): Uint8Array {
  const kind = KINDS.findIndex((constructor) => column instanceof constructor);
  return new Uint8Array(Float64Array.of(kind, column.length).buffer);
}

export class BinaryReader {
  private offset = 16;
  private readonly lengths: Uint32Array;
  private readonly stringStarts: Uint32Array;
  private readonly text: string;

  constructor(
    private readonly bytes: Buffer,
    magic: string,
  ) {
    if (bytes.length < 16 || bytes.toString('latin1', 0, 16) !== magic.padEnd(16, ' ').slice(0, 16)) {
      throw new CacheFormatError('not a corpus cache of this version');
    }
    this.lengths = this.column(Uint32Array);
    const columnsEnd = this.findTextHeader();
    this.text = this.readText(columnsEnd);
    this.stringStarts = new Uint32Array(this.lengths.length + 1);
    for (let i = 0; i < this.lengths.length; i++) this.stringStarts[i + 1] = this.stringStarts[i]! + this.lengths[i]!;
    if (this.stringStarts[this.lengths.length] !== this.text.length) throw new CacheFormatError('string table is damaged');
  }

  string(id: number): string | undefined {
    if (id === NONE) return undefined;
    if (id >= this.lengths.length) throw new CacheFormatError('string id out of range');
    return this.text.slice(this.stringStarts[id], this.stringStarts[id + 1]);
  }

  requiredString(id: number): string {
    const value = this.string(id);
    if (value === undefined) throw new CacheFormatError('missing string');
    return value;
  }

  column<T extends Column>(constructor: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T {
    const [kind, length] = this.header();
    if (KINDS[kind] !== (constructor as unknown)) throw new CacheFormatError('unexpected column type');
    const byteLength = length * constructor.BYTES_PER_ELEMENT;
    const start = this.offset;
    this.skip(byteLength);
    const absolute = this.bytes.byteOffset + start;
    if (absolute % constructor.BYTES_PER_ELEMENT === 0) return new constructor(this.bytes.buffer, absolute, length);
    const copy = new Uint8Array(byteLength);
    copy.set(this.bytes.subarray(start, start + byteLength));
    return new constructor(copy.buffer, 0, length);
  }

  private header(): [number, number] {
    if (this.offset + 16 > this.bytes.length) throw new CacheFormatError('file is truncated');
    const kind = this.bytes.readDoubleLE(this.offset);
    const length = this.bytes.readDoubleLE(this.offset + 8);
    this.offset += 16;
    if (!Number.isInteger(kind) || !Number.isInteger(length) || length < 0 || !KINDS[kind]) {
      throw new CacheFormatError('column header is damaged');
    }
    return [kind, length];
  }

  private skip(byteLength: number): void {
    const padded = byteLength + ((8 - (byteLength % 8)) % 8);
    if (this.offset + padded > this.bytes.length) throw new CacheFormatError('file is truncated');
    this.offset += padded;
  }

  /** The string table is last: walk the column headers once to find it, then come back. */
  private findTextHeader(): number {
    const start = this.offset;
    let last = start;
    while (this.offset < this.bytes.length) {
      last = this.offset;
      const [kind, length] = this.header();
      this.skip(length * KINDS[kind]!.BYTES_PER_ELEMENT);
    }
    this.offset = start;
    return last;
  }

  private readText(at: number): string {
    const [kind, length] = [this.bytes.readDoubleLE(at), this.bytes.readDoubleLE(at + 8)];
    if (kind !== 0 || at + 16 + length > this.bytes.length) throw new CacheFormatError('string table is damaged');
    return this.bytes.toString('utf8', at + 16, at + 16 + length);
  }

  /** Whether every column has been read (the string table is all that is left). */
  get atEnd(): boolean {
    const saved = this.offset;
    try {
      return this.findTextHeader() === saved;
    } finally {
      this.offset = saved;
    }
  }
}
