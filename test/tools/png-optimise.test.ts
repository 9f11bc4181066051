import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePalettePng, readPng } from '../../tools/png-optimise.ts';

/** The chunks of a PNG file by type (IDAT joined). */
function chunks(file: Buffer): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (let o = 8; o < file.length; ) {
    const length = file.readUInt32BE(o);
    const type = file.toString('ascii', o + 4, o + 8);
    const body = file.subarray(o + 8, o + 8 + length);
    out[type] = out[type] ? Buffer.concat([out[type], body]) : body;
    o += 12 + length;
  }
  return out;
}

/** Decodes a palette PNG written by encodePalettePng (rows unfiltered) back to RGB. */
function decodePalette(file: Buffer): { width: number; pixels: number[] } {
  const c = chunks(file);
  const ihdr = c.IHDR as Buffer;
  expect([ihdr[8], ihdr[9]]).toEqual([8, 3]);
  const width = ihdr.readUInt32BE(0);
  const rows = inflateSync(c.IDAT as Buffer);
  const plte = c.PLTE as Buffer;
  const pixels: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i % (width + 1) === 0) continue;
    const k = (rows[i] ?? 0) * 3;
    pixels.push(plte[k] ?? 0, plte[k + 1] ?? 0, plte[k + 2] ?? 0);
  }
  return { width, pixels };
}

/** A minimal RGB PNG whose second row uses the "up" filter, as Chromium's encoder may. */
function rgbPng(width: number, rows: number[][]): Buffer {
  const raw: number[] = [];
  for (const [y, row] of rows.entries()) {
    const up = y > 0;
    raw.push(up ? 2 : 0, ...row.map((v, x) => (up ? (v - (rows[y - 1]?.[x] ?? 0)) & 0xff : v)));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'ascii');
    return Buffer.concat([head, body, Buffer.alloc(4)]); // readPng does not check CRCs
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('png-optimise', () => {
  it('reads an RGB PNG, undoing row filters', () => {
    const image = readPng(
      rgbPng(2, [
        [10, 20, 30, 200, 100, 50],
        [15, 20, 25, 0, 255, 1],
      ]),
    );
    expect(image && [...image.pixels]).toEqual([10, 20, 30, 200, 100, 50, 15, 20, 25, 0, 255, 1]);
  });

  it('leaves anything but an 8-bit RGB(A) PNG alone', () => {
    expect(readPng(Buffer.from('not a png'))).toBeUndefined();
  });

  it('keeps every colour exactly when there are at most 256', () => {
    const pixels = new Uint8Array([255, 255, 255, 26, 31, 43, 47, 85, 212, 255, 255, 255, 47, 85, 212, 26, 31, 43]);
    const png = encodePalettePng({ width: 3, height: 2, pixels });
    expect(decodePalette(png).pixels).toEqual([...pixels]);
    expect((chunks(png).PLTE as Buffer).length).toBe(9);
  });

  it('reduces a gradient of 4,096 colours to 256, each pixel close to its colour', () => {
    const width = 64;
    const pixels = new Uint8Array(width * width * 3);
    for (let i = 0; i < width * width; i++) pixels.set([(i % width) * 4, Math.floor(i / width) * 4, 128], i * 3);
    const png = encodePalettePng({ width, height: width, pixels });
    expect((chunks(png).PLTE as Buffer).length).toBe(256 * 3);
    const back = decodePalette(png).pixels;
    const worst = Math.max(...back.map((v, i) => Math.abs(v - (pixels[i] ?? 0))));
    expect(worst).toBeLessThanOrEqual(12);
  });
});
