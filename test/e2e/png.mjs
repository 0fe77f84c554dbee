// SPDX-License-Identifier: MIT
// Just enough PNG for the end-to-end tests, in Node with zlib alone: decode a browser's screenshot (8-bit
// RGB or RGBA, not interlaced: what Chromium, Firefox and WebKitGTK write), and encode RGBA pixels back.
// WebKit's driver can only photograph the whole viewport, so its screenshots are stitched and cropped here;
// the pixel comparison of the host-CSS tests reads the same decoded pixels in every engine.
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes a PNG into `{ width, height, data }`, `data` holding 4 bytes (RGBA) per pixel. */
export function decodePng(buffer) {
  const png = Buffer.from(buffer);
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, color, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (color !== 2 && color !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${color}, interlace ${interlace}`);
      }
      colorType = color;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const previous = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? out[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`PNG filter ${filter} on row ${y}`);
      out[i] = (line[i] + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i];
    data[j + 1] = rows[i + 1];
    data[j + 2] = rows[i + 2];
    data[j + 3] = 255;
  }
  return { width, height, data };
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes `{ width, height, data }` (RGBA) as a PNG. */
export function encodePng({ width, height, data }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) data.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A blank (transparent) RGBA image. */
export function blankImage(width, height) {
  return { width, height, data: Buffer.alloc(width * height * 4) };
}

/** Copies the `width`×`height` rectangle at (sx, sy) of `source` to (dx, dy) of `target`, clipped to both. */
export function blit(source, target, { sx = 0, sy = 0, dx = 0, dy = 0, width = source.width, height = source.height } = {}) {
  for (let row = 0; row < height; row++) {
    const [fromY, toY] = [sy + row, dy + row];
    if (fromY < 0 || fromY >= source.height || toY < 0 || toY >= target.height) continue;
    const x0 = Math.max(0, -sx, -dx);
    const x1 = Math.min(width, source.width - sx, target.width - dx);
    if (x1 <= x0) continue;
    source.data.copy(target.data, (toY * target.width + dx + x0) * 4, (fromY * source.width + sx + x0) * 4, (fromY * source.width + sx + x1) * 4);
  }
}

/**
 * Compares two PNGs pixel by pixel: a pixel differs when any channel differs by more than `threshold`
 * (0–255), which absorbs anti-aliasing noise; where one picture is larger, its extra pixels differ.
 */
export function comparePngs(a, b, threshold = 32) {
  const [imgA, imgB] = [decodePng(a), decodePng(b)];
  const width = Math.max(imgA.width, imgB.width);
  const height = Math.max(imgA.height, imgB.height);
  const [commonWidth, commonHeight] = [Math.min(imgA.width, imgB.width), Math.min(imgA.height, imgB.height)];
  let differing = width * height - commonWidth * commonHeight;
  for (let y = 0; y < commonHeight; y++) {
    for (let x = 0; x < commonWidth; x++) {
      const [i, j] = [(y * imgA.width + x) * 4, (y * imgB.width + x) * 4];
      for (let c = 0; c < 4; c++) {
        if (Math.abs(imgA.data[i + c] - imgB.data[j + c]) > threshold) {
          differing++;
          break;
        }
      }
    }
  }
  return { width, height, differing, ratio: differing / (width * height) };
}
