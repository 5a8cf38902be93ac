// The files inside a .zip (an .xlsx is one), read from its central directory: names first, a file's
// bytes only when asked. Enough for workbooks — stored or deflated entries, ZIP64 sizes — nothing more
// (no encryption, no multi-disk archives). Any damage throws ZipError.
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(reason: string) {
    super(`zip: ${reason}`);
    this.name = 'ZipError';
  }
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_FIELD = 0x0001;
const MAX_COMMENT = 0xffff;
/** What one inflated entry may grow to: a 10 MB workbook's sheet is rarely over 100 MB (a zip bomb is). */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

export class ZipEntries {
  private entries = new Map<string, Entry>();
  /** Names as parts are named (ECMA-376 compares them ignoring case: `xl/SharedStrings.xml` exists). */
  private byLowerName = new Map<string, Entry>();

  constructor(private bytes: Buffer) {
    const end = this.findEnd();
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('directory');
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      const entry: Entry = {
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localOffset: bytes.readUInt32LE(at + 42),
      };
      this.readZip64(entry, at + 46 + nameLength, extraLength);
      const path = name.replace(/\\/g, '/').replace(/^\//, '');
      this.entries.set(path, entry);
      this.byLowerName.set(path.toLowerCase(), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The entry names, as stored ("xl/workbook.xml"). */
  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  private entry(name: string): Entry | undefined {
    return this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** An entry's text (UTF-8), or null when there is no such entry. */
  text(name: string): string | null {
    const data = this.read(name);
    return data ? data.toString('utf8') : null;
  }

  read(name: string): Buffer | null {
    const e = this.entry(name);
    if (!e) return null;
    const b = this.bytes;
    if (e.localOffset + 30 > b.length || b.readUInt32LE(e.localOffset) !== LOCAL_HEADER) throw new ZipError('entry');
    const start = e.localOffset + 30 + b.readUInt16LE(e.localOffset + 26) + b.readUInt16LE(e.localOffset + 28);
    if (start + e.compressedSize > b.length) throw new ZipError('truncated');
    const raw = b.subarray(start, start + e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method !== 8) throw new ZipError(`method ${e.method}`);
    if (e.size > MAX_ENTRY_BYTES) throw new ZipError('too big');
    try {
      return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
    } catch {
      throw new ZipError('inflate');
    }
  }

  /** The end-of-central-directory record: the last one, within the 64 KB a comment may take. */
  private findEnd(): number {
    const b = this.bytes;
    for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - MAX_COMMENT); at--)
      if (b.readUInt32LE(at) === END_OF_DIRECTORY) return at;
    throw new ZipError('no directory');
  }

  /** ZIP64: sizes and offset stored as 0xFFFFFFFF are in the extra field, in this order. */
  private readZip64(e: Entry, at: number, length: number) {
    const b = this.bytes;
    for (let p = at; p + 4 <= at + length;) {
      const id = b.readUInt16LE(p);
      const size = b.readUInt16LE(p + 2);
      if (id === ZIP64_FIELD) {
        let q = p + 4;
        const next = () => {
          const v = Number(b.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (e.size === 0xffffffff) e.size = next();
        if (e.compressedSize === 0xffffffff) e.compressedSize = next();
        if (e.localOffset === 0xffffffff) e.localOffset = next();
        return;
      }
      p += 4 + size;
    }
  }
}
