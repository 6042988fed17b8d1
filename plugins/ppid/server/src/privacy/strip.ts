/**
 * Image metadata is removed on upload (UU 27/2022: a photo's GPS position, its owner's name and
 * the camera's serial number are personal data): JPEG, PNG, WebP, TIFF and AVIF are re-encoded
 * without EXIF, XMP and IPTC (the orientation is applied to the pixels first, so nothing turns).
 * The file is rewritten in place before Strapi stores it; its size follows.
 */
import { promises as fs } from 'fs';

type IncomingFile = { filepath?: string; path?: string; originalFilename?: string; name?: string; size?: number; mimetype?: string };

const STRIPPED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/avif']);
const EXT = /\.(jpe?g|png|webp|tiff?|avif)$/i;

export async function stripOne(input: Buffer): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sharp: typeof import('sharp').default = require('sharp');
  // sharp keeps no metadata unless asked (withMetadata/keepExif): rotate() bakes the orientation in.
  const image = sharp(input, { failOn: 'none' }).rotate();
  const { format } = await sharp(input, { failOn: 'none' }).metadata();
  if (format === 'jpeg') return image.jpeg({ quality: 92, mozjpeg: false }).toBuffer();
  if (format === 'png') return image.png().toBuffer();
  if (format === 'webp') return image.webp({ quality: 92 }).toBuffer();
  if (format === 'tiff') return image.tiff().toBuffer();
  if (format === 'heif') return image.avif().toBuffer();
  return input;
}

export async function stripImageMetadata(files: IncomingFile | IncomingFile[] | undefined): Promise<void> {
  for (const file of (Array.isArray(files) ? files : [files]).filter(Boolean) as IncomingFile[]) {
    const filePath = file.filepath ?? file.path;
    const name = file.originalFilename ?? file.name ?? '';
    if (!filePath || !(STRIPPED.has(String(file.mimetype)) || EXT.test(name))) continue;
    const before = await fs.readFile(filePath);
    let after: Buffer;
    try {
      after = await stripOne(before);
    } catch {
      continue; // not an image sharp can read: the upload policy has judged its type already
    }
    if (after !== before) {
      await fs.writeFile(filePath, after);
      file.size = after.length;
    }
  }
}
