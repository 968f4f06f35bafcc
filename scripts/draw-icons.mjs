// Draws the add-in's icons (a video camera on a calendar page, Outlook blue) at 16, 25, 32, 48, 64, 80
// and 128 px into assets/, rasterizing vector shapes with 4×4 supersampling and writing PNG with zlib.
// Run: node scripts/draw-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const BLUE = [15, 108, 189];
const DARK = [17, 94, 163];
const WHITE = [255, 255, 255];

/** Shapes in a 0..1 unit square, painted in order; each returns true when (x, y) is inside. */
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

const layers = [
  // Calendar page with a darker header band.
  [roundRect(0.06, 0.1, 0.94, 0.94, 0.12), BLUE],
  [(x, y) => roundRect(0.06, 0.1, 0.94, 0.94, 0.12)(x, y) && y < 0.3, DARK],
  // Binder rings.
  [roundRect(0.26, 0.04, 0.36, 0.2, 0.05), DARK],
  [roundRect(0.64, 0.04, 0.74, 0.2, 0.05), DARK],
  // Video camera: body and lens wedge, white.
  [roundRect(0.18, 0.42, 0.62, 0.8, 0.07), WHITE],
  [
    polygon([
      [0.6, 0.56],
      [0.84, 0.44],
      [0.84, 0.78],
      [0.6, 0.66],
    ]),
    WHITE,
  ],
];

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function draw(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let color = null;
          for (const [inside, c] of layers) if (inside(x, y)) color = c;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 255;
          }
        }
      }
      const n = S * S;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const coverage = a / n;
      const k = a ? 255 / a : 0;
      raw[o] = Math.round(r * k);
      raw[o + 1] = Math.round(g * k);
      raw[o + 2] = Math.round(b * k);
      raw[o + 3] = Math.round(coverage);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 25, 32, 48, 64, 80, 128]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), draw(size));
}
console.log("icons written to assets/");
