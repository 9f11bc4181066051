import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Makes a screenshot small for the README: an opaque 8-bit PNG (what Chromium writes) becomes a palette PNG of at most
 * 256 colours (median cut, no dithering: flat UI colours stay exact, gradients band a little), compressed at zlib's
 * level 9. The file is rewritten only when the result is smaller. No dependency: PNG is chunks, filters and zlib.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An image as RGB triples, row by row. */
interface Rgb {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the PNG row filters in place (`bpp` bytes per pixel). */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)] ?? 0;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[row - stride + x - bpp] ?? 0) : 0;
      const add = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type] ?? 0;
      out[row + x] = ((raw[src + x] ?? 0) + add) & 0xff;
    }
  }
  return out;
}

/** Reads an opaque 8-bit RGB or RGBA PNG without interlace; undefined for anything else (left as it is). */
export function readPng(file: Buffer): Rgb | undefined {
  if (!file.subarray(0, 8).equals(SIGNATURE)) return undefined;
  let offset = 8;
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | undefined;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR')
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8] ?? 0,
        type: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (header?.depth !== 8 || header.interlace !== 0 || (header.type !== 2 && header.type !== 6)) return undefined;
  const bpp = header.type === 6 ? 4 : 3;
  const raw = unfilter(inflateSync(Buffer.concat(data)), header.width, header.height, bpp);
  const pixels = new Uint8Array(header.width * header.height * 3);
  for (let i = 0, j = 0; i < raw.length; i += bpp, j += 3) {
    if (bpp === 4 && raw[i + 3] !== 255) return undefined;
    pixels[j] = raw[i] ?? 0;
    pixels[j + 1] = raw[i + 1] ?? 0;
    pixels[j + 2] = raw[i + 2] ?? 0;
  }
  return { width: header.width, height: header.height, pixels };
}

/** A box of the colour histogram: colours as 0xRRGGBB with their pixel counts. */
type Box = { colours: number[]; counts: number[] };

const channel = (c: number, ch: number) => (c >> (16 - 8 * ch)) & 0xff;

function spread(box: Box): { ch: number; range: number } {
  let best = { ch: 0, range: -1 };
  for (let ch = 0; ch < 3; ch++) {
    let lo = 255;
    let hi = 0;
    for (const c of box.colours) {
      const v = channel(c, ch);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (hi - lo > best.range) best = { ch, range: hi - lo };
  }
  return best;
}

/** Splits a box at the median pixel along its widest channel. */
function split(box: Box): [Box, Box] {
  const { ch } = spread(box);
  const order = box.colours
    .map((_, i) => i)
    .sort((a, b) => channel(box.colours[a] ?? 0, ch) - channel(box.colours[b] ?? 0, ch));
  const total = box.counts.reduce((s, n) => s + n, 0);
  let seen = 0;
  let cut = 1;
  for (let k = 0; k < order.length - 1; k++) {
    seen += box.counts[order[k] ?? 0] ?? 0;
    cut = k + 1;
    if (seen * 2 >= total) break;
  }
  const pick = (idx: number[]): Box => ({
    colours: idx.map((i) => box.colours[i] ?? 0),
    counts: idx.map((i) => box.counts[i] ?? 0),
  });
  return [pick(order.slice(0, cut)), pick(order.slice(cut))];
}

/** Up to 256 colours for the image: exact when it has that few, else median cut weighted by pixel count. */
function palette(histogram: Map<number, number>): number[] {
  const all: Box = { colours: [...histogram.keys()], counts: [...histogram.values()] };
  if (all.colours.length <= 256) return all.colours;
  const boxes: Box[] = [all];
  while (boxes.length < 256) {
    const scored = boxes.map((b, i) => ({
      i,
      score: b.colours.length > 1 ? spread(b).range * Math.log2(1 + b.counts.reduce((s, n) => s + n, 0)) : -1,
    }));
    const top = scored.sort((a, b) => b.score - a.score)[0];
    if (!top || top.score < 0) break;
    const [a, b] = split(boxes[top.i] as Box);
    boxes.splice(top.i, 1, a, b);
  }
  return boxes.map((b) => {
    const total = b.counts.reduce((s, n) => s + n, 0);
    const mean = [0, 1, 2].map((ch) =>
      Math.round(b.colours.reduce((s, c, i) => s + channel(c, ch) * (b.counts[i] ?? 0), 0) / total),
    );
    return ((mean[0] ?? 0) << 16) | ((mean[1] ?? 0) << 8) | (mean[2] ?? 0);
  });
}

function nearest(colour: number, colours: readonly number[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [i, c] of colours.entries()) {
    const d =
      (channel(c, 0) - channel(colour, 0)) ** 2 * 2 +
      (channel(c, 1) - channel(colour, 1)) ** 2 * 4 +
      (channel(c, 2) - channel(colour, 2)) ** 2 * 3;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

/** The image as a palette PNG (colour type 3, bit depth 8, rows unfiltered). */
export function encodePalettePng(image: Rgb): Buffer {
  const histogram = new Map<number, number>();
  const { pixels, width, height } = image;
  for (let i = 0; i < pixels.length; i += 3) {
    const c = ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0);
    histogram.set(c, (histogram.get(c) ?? 0) + 1);
  }
  const colours = palette(histogram);
  const index = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const c = ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0);
      let k = index.get(c);
      if (k === undefined) {
        k = nearest(c, colours);
        index.set(c, k);
      }
      rows[y * (width + 1) + 1 + x] = k;
    }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.from(colours.flatMap((c) => [channel(c, 0), channel(c, 1), channel(c, 2)]));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rewrites a PNG file as a palette PNG when that is smaller; returns the sizes before and after. */
export function optimisePng(path: string): { before: number; after: number } {
  const file = readFileSync(path);
  const image = readPng(file);
  if (!image) return { before: file.length, after: file.length };
  const small = encodePalettePng(image);
  if (small.length >= file.length) return { before: file.length, after: file.length };
  writeFileSync(path, small);
  return { before: file.length, after: small.length };
}
