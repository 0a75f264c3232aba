/**
 * The subset of CBOR (RFC 8949) that Pagefind's index files use: unsigned and
 * negative integers, text and byte strings, definite-length arrays. Enough to
 * read Pagefind's metadata file and write it back byte for byte; anything
 * else is refused, so a format change in a Pagefind upgrade fails the build
 * instead of writing a broken index. Build-time only (Node).
 */
export type CborValue = number | string | Uint8Array | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const BYTES = 2;
const TEXT = 3;
const ARRAY = 4;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
  };
  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: data ends in the middle of a value');
    const head = view.getUint8(at++);
    const major = head >> 5;
    const n = argument(head & 31);
    switch (major) {
      case UNSIGNED:
        return n;
      case NEGATIVE:
        return -1 - n;
      case BYTES:
        return bytes.slice(at, (at += n));
      case TEXT:
        return text.decode(bytes.subarray(at, (at += n)));
      case ARRAY:
        return Array.from({ length: n }, item);
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the value`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else if (n <= 0xffffffff) out.push(m | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    else throw new Error(`CBOR: ${n} is too large`);
  };
  const text = new TextEncoder();
  const item = (v: CborValue) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(UNSIGNED, v);
      else head(NEGATIVE, -1 - v);
    } else if (typeof v === 'string') {
      const b = text.encode(v);
      head(TEXT, b.length);
      for (const x of b) out.push(x);
    } else if (v instanceof Uint8Array) {
      head(BYTES, v.length);
      for (const x of v) out.push(x);
    } else {
      head(ARRAY, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Uint8Array.from(out);
}
