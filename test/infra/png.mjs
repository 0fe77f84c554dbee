// SPDX-License-Identifier: MIT
// Screenshots as pixels for the end-to-end tests: PNG decoding and encoding (pngjs), cropping and
// stitching, and pixel comparison (pixelmatch). WebKit's driver can only photograph the whole viewport, so
// its screenshots are stitched and cropped here; the host-CSS tests compare pixels the same way everywhere.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Decodes a PNG into `{ width, height, data }`, `data` holding 4 bytes (RGBA) per pixel. */
export function decodePng(buffer) {
  const { width, height, data } = PNG.sync.read(Buffer.from(buffer));
  return { width, height, data };
}

/** Encodes `{ width, height, data }` (RGBA) as a PNG. */
export function encodePng({ width, height, data }) {
  return PNG.sync.write({ width, height, data });
}

/** A blank (transparent) RGBA image. */
export function blankImage(width, height) {
  return { width, height, data: Buffer.alloc(width * height * 4) };
}

/** Copies the `width`×`height` rectangle at (sx, sy) of `source` to (dx, dy) of `target`, clipped to both. */
export function blit(source, target, { sx = 0, sy = 0, dx = 0, dy = 0, width = source.width, height = source.height } = {}) {
  // pngjs's bitblt throws on a rectangle that leaves either image; the stitching relies on clipping.
  const [x0, x1] = [Math.max(0, -sx, -dx), Math.min(width, source.width - sx, target.width - dx)];
  const [y0, y1] = [Math.max(0, -sy, -dy), Math.min(height, source.height - sy, target.height - dy)];
  if (x1 <= x0 || y1 <= y0) return;
  PNG.bitblt(source, target, sx + x0, sy + y0, x1 - x0, y1 - y0, dx + x0, dy + y0);
}

/** The `width`×`height` top-left corner of `image` (pixelmatch compares images of one size only). */
function topLeft(image, width, height) {
  if (image.width === width && image.height === height) return image;
  const out = blankImage(width, height);
  blit(image, out, { width, height });
  return out;
}

/**
 * comparePngs' default pixelmatch threshold (OKLab HyAB distance, 0–1; 1 is black against white). The
 * hand-written comparison before it counted a pixel when a channel changed by more than 32 of 255; on the
 * host-CSS screenshots of all three engines, 0.05 counts every pixel that one counted and, like it, not the
 * re-themed guard's faint background tint (distance 0.03), so the guard still needs a real difference.
 */
export const defaultThreshold = 0.05;

/**
 * Compares two PNGs pixel by pixel with pixelmatch, anti-aliased pixels included (the callers' tolerances
 * already allow for anti-aliasing). Where one picture is larger, its extra pixels differ.
 */
export function comparePngs(a, b, threshold = defaultThreshold) {
  const [imgA, imgB] = [decodePng(a), decodePng(b)];
  const width = Math.max(imgA.width, imgB.width);
  const height = Math.max(imgA.height, imgB.height);
  const [commonWidth, commonHeight] = [Math.min(imgA.width, imgB.width), Math.min(imgA.height, imgB.height)];
  let differing = width * height - commonWidth * commonHeight;
  if (commonWidth > 0 && commonHeight > 0) {
    const [cropA, cropB] = [topLeft(imgA, commonWidth, commonHeight), topLeft(imgB, commonWidth, commonHeight)];
    differing += pixelmatch(cropA.data, cropB.data, null, commonWidth, commonHeight, { threshold, includeAA: true });
  }
  return { width, height, differing, ratio: differing / (width * height) };
}
