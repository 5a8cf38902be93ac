/**
 * Builds the app icons and installer art in assets/ from assets/icon.svg (run after changing the SVG:
 * `npx tsx scripts/make-icons.ts`). Chromium (the e2e one) renders the PNGs; the Windows .ico, the macOS
 * .icns and the NSIS .bmp files are written here in plain Node (they are simple containers).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser';

const ASSETS = join(import.meta.dirname, '..', 'assets');
const svg = readFileSync(join(ASSETS, 'icon.svg'), 'utf8');

/** 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) → raw RGBA pixels. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  let pos = 8;
  let width = 0;
  let height = 0;
  let bpp = 4;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || (data[9] !== 6 && data[9] !== 2) || data[12] !== 0)
        throw new Error('expected 8-bit RGB(A), not interlaced');
      bpp = data[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[y * stride + x - bpp] : 0;
      const b = y > 0 ? px[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter];
      px[y * stride + x] = (line[x] + add) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++) px.copy(rgba, i * 4, i * bpp, i * bpp + bpp);
  return { width, height, rgba };
}

/** A 24-bit bottom-up BMP (what NSIS wants for its sidebar and header), alpha blended over white. */
function encodeBmp({ width, height, rgba }: ReturnType<typeof decodePng>): Buffer {
  const rowSize = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + rowSize * height);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(rowSize * height, 34);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = rgba[i + 3] / 255;
      const o = 54 + (height - 1 - y) * rowSize + x * 3;
      for (let ch = 0; ch < 3; ch++) out[o + 2 - ch] = Math.round(rgba[i + ch] * alpha + 255 * (1 - alpha));
    }
  return out;
}

/** Windows .ico holding PNG images (Vista and later read them). */
function encodeIco(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** macOS .icns holding PNG images by OSType. */
function encodeIcns(entries: Array<{ type: string; png: Buffer }>): Buffer {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const browser = await launchBrowser();
const page = await browser.newPage({ deviceScaleFactor: 1 });
async function shot(html: string, width: number, height: number): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<html><body style="margin:0;background:transparent">${html}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
}
const icon = (size: number) => shot(svg.replace('<svg ', `<svg width="${size}" height="${size}" `), size, size);

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const png = new Map<number, Buffer>();
for (const s of sizes) png.set(s, await icon(s));
mkdirSync(join(ASSETS, 'icons'), { recursive: true });
for (const s of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(ASSETS, 'icons', `${s}x${s}.png`), png.get(s)!);
writeFileSync(join(ASSETS, 'icon.png'), png.get(1024)!);
writeFileSync(
  join(ASSETS, 'icon.ico'),
  encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png.get(size)! }))),
);
writeFileSync(
  join(ASSETS, 'icon.icns'),
  encodeIcns([
    { type: 'icp4', png: png.get(16)! },
    { type: 'icp5', png: png.get(32)! },
    { type: 'icp6', png: png.get(64)! },
    { type: 'ic07', png: png.get(128)! },
    { type: 'ic08', png: png.get(256)! },
    { type: 'ic09', png: png.get(512)! },
    { type: 'ic10', png: png.get(1024)! },
  ]),
);

const art = (w: number, h: number, body: string) =>
  shot(
    `<div style="width:${w}px;height:${h}px;box-sizing:border-box;font-family:'DejaVu Sans',Arial,sans-serif;color:#fff;
      background:linear-gradient(160deg,#3b8cff,#0f4fb8);display:flex;flex-direction:column;align-items:center;justify-content:center;gap:14px;text-align:center">${body}</div>`,
    w,
    h,
  );
const logo = (size: number) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
const sidebar = await art(
  164,
  314,
  `${logo(96)}<div style="font-size:19px;font-weight:700;line-height:1.2">O'quv markaz<br>CRM</div><div style="font-size:11px;opacity:.85;padding:0 10px">Lidlar, qo'ng'iroqlar, sinov darslari</div>`,
);
writeFileSync(join(ASSETS, 'installerSidebar.bmp'), encodeBmp(decodePng(sidebar)));
writeFileSync(join(ASSETS, 'uninstallerSidebar.bmp'), encodeBmp(decodePng(sidebar)));
const header = await shot(
  `<div style="width:150px;height:57px;background:#fff;display:flex;align-items:center;justify-content:flex-end;padding-right:8px;box-sizing:border-box">${logo(44)}</div>`,
  150,
  57,
);
writeFileSync(join(ASSETS, 'installerHeader.bmp'), encodeBmp(decodePng(header)));
writeFileSync(
  join(ASSETS, 'dmg-background.png'),
  await art(
    540,
    380,
    `<div style="font-size:24px;font-weight:700;margin-top:-150px">O'quv markaz CRM</div><div style="font-size:14px;opacity:.9">Ilovani Applications papkasiga torting</div>`,
  ),
);
await browser.close();
console.log(`icons and installer art written to ${ASSETS}`);
