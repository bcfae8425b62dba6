/**
 * Finds EXIF, XMP and IPTC metadata left in an image file. A member's photo can carry the
 * GPS position of their home, the camera's serial number or their name; none of it may
 * reach a reader. Each container is walked by its own structure (so a stray byte pattern
 * in pixel data is not mistaken for metadata), and exifr reads the EXIF block found to
 * tell whether it holds a GPS position.
 */
import exifr from 'exifr';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'avif';
export type MetadataKind = 'EXIF' | 'XMP' | 'IPTC';

export interface ImageMetadata {
  format: ImageFormat;
  /** Metadata kinds found, in a stable order; empty when the file is clean. */
  kinds: MetadataKind[];
  /** Whether the EXIF block holds a GPS position. */
  gps: boolean;
}

const ascii = (buf: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...buf.subarray(from, Math.min(buf.length, from + length)));

function startsWith(buf: Uint8Array, text: string, at = 0): boolean {
  return ascii(buf, at, text.length) === text;
}

function indexOfText(buf: Uint8Array, text: string, from = 0, to = buf.length): number {
  return Buffer.from(buf.buffer, buf.byteOffset, to).indexOf(text, from, 'latin1');
}

/** The image format from the file's first bytes, or undefined for anything else. */
export function imageFormat(buf: Uint8Array): ImageFormat | undefined {
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (startsWith(buf, '\x89PNG\r\n\x1a\n')) return 'png';
  if (startsWith(buf, 'RIFF') && startsWith(buf, 'WEBP', 8)) return 'webp';
  if (startsWith(buf, 'GIF87a') || startsWith(buf, 'GIF89a')) return 'gif';
  if (startsWith(buf, 'II*\0') || startsWith(buf, 'MM\0*')) return 'tiff';
  if (startsWith(buf, 'ftyp', 4) && /^(avif|avis|heic|heix|mif1|msf1|heim|heis)$/.test(ascii(buf, 8, 4))) return 'avif';
  return undefined;
}

type Found = Set<MetadataKind>;

function jpegBlocks(buf: Uint8Array, found: Found) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 2;
  while (at + 4 <= buf.length && buf[at] === 0xff) {
    const marker = buf[at + 1]!;
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or start of the pixel data
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    const data = at + 4;
    if (marker === 0xe1 && startsWith(buf, 'Exif\0', data)) found.add('EXIF');
    if (marker === 0xe1 && (startsWith(buf, 'http://ns.adobe.com/xap/1.0/', data) || startsWith(buf, 'http://ns.adobe.com/xmp/extension/', data))) found.add('XMP');
    if (marker === 0xed && startsWith(buf, 'Photoshop 3.0', data)) found.add('IPTC');
    at += 2 + length;
  }
}

// ImageMagick and exiftool store metadata in PNG text chunks under these keywords.
const PNG_TEXT_KEYWORDS: Record<string, MetadataKind> = {
  'XML:com.adobe.xmp': 'XMP',
  'Raw profile type xmp': 'XMP',
  'Raw profile type exif': 'EXIF',
  'Raw profile type APP1': 'EXIF',
  'Raw profile type iptc': 'IPTC',
  'Raw profile type 8bim': 'IPTC',
};

function pngBlocks(buf: Uint8Array, found: Found) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let at = 8; at + 8 <= buf.length; ) {
    const length = view.getUint32(at);
    const type = ascii(buf, at + 4, 4);
    if (type === 'eXIf') found.add('EXIF');
    if (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') {
      const end = buf.indexOf(0, at + 8);
      const keyword = ascii(buf, at + 8, Math.max(0, Math.min(end, at + 8 + 80) - (at + 8)));
      const kind = PNG_TEXT_KEYWORDS[keyword];
      if (kind) found.add(kind);
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
}

function webpBlocks(buf: Uint8Array, found: Found) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let at = 12; at + 8 <= buf.length; ) {
    const type = ascii(buf, at, 4);
    const length = view.getUint32(at + 4, true);
    if (type === 'EXIF') found.add('EXIF');
    if (type === 'XMP ') found.add('XMP');
    at += 8 + length + (length % 2);
  }
}

function gifBlocks(buf: Uint8Array, found: Found) {
  // Application extensions (0x21 0xFF, 11-byte id): XMP per the XMP spec part 3, IPTC as ImageMagick writes it.
  if (indexOfText(buf, '\x21\xff\x0bXMP DataXMP') !== -1) found.add('XMP');
  if (indexOfText(buf, '\x21\xff\x0bMGKIPTC0000') !== -1 || indexOfText(buf, '\x21\xff\x0bMGK8BIM0000') !== -1) found.add('IPTC');
}

// TIFF tags that point at metadata, or that name a person, a device or a moment.
const TIFF_TAGS: Record<number, MetadataKind> = {
  0x8769: 'EXIF', // Exif IFD
  0x8825: 'EXIF', // GPS IFD
  0x010e: 'EXIF', // ImageDescription
  0x010f: 'EXIF', // Make
  0x0110: 'EXIF', // Model
  0x0131: 'EXIF', // Software
  0x0132: 'EXIF', // DateTime
  0x013b: 'EXIF', // Artist
  0x013c: 'EXIF', // HostComputer
  0x8298: 'EXIF', // Copyright
  0x02bc: 'XMP',
  0x83bb: 'IPTC',
};

function tiffBlocks(buf: Uint8Array, found: Found) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const little = buf[0] === 0x49;
  let ifd = view.getUint32(4, little);
  for (let guard = 0; ifd > 0 && ifd + 2 <= buf.length && guard < 16; guard++) {
    const count = view.getUint16(ifd, little);
    for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= buf.length; i++) {
      const kind = TIFF_TAGS[view.getUint16(ifd + 2 + i * 12, little)];
      if (kind) found.add(kind);
    }
    const next = ifd + 2 + count * 12;
    ifd = next + 4 <= buf.length ? view.getUint32(next, little) : 0;
  }
}

/** AVIF and HEIF keep metadata as items of the `meta` box: type "Exif", or "mime" with XMP's content type. */
function isobmffBlocks(buf: Uint8Array, found: Found) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const boxes = (from: number, to: number, visit: (type: string, start: number, end: number) => void) => {
    for (let at = from; at + 8 <= to; ) {
      let size = view.getUint32(at);
      let header = 8;
      if (size === 1) {
        size = Number(view.getBigUint64(at + 8));
        header = 16;
      } else if (size === 0) size = to - at;
      if (size < header) return;
      visit(ascii(buf, at + 4, 4), at + header, Math.min(to, at + size));
      at += size;
    }
  };
  boxes(0, buf.length, (type, start, end) => {
    if (type !== 'meta') return;
    boxes(start + 4, end, (child, childStart, childEnd) => {
      if (child !== 'iinf') return;
      const version = buf[childStart]!;
      boxes(childStart + 4 + (version === 0 ? 2 : 4), childEnd, (entry, s) => {
        if (entry !== 'infe') return;
        const v = buf[s]!;
        if (v < 2) return;
        const typeAt = s + 4 + (v === 2 ? 2 : 4) + 2;
        const itemType = ascii(buf, typeAt, 4);
        if (itemType === 'Exif') found.add('EXIF');
        if (itemType === 'mime') {
          const nameEnd = buf.indexOf(0, typeAt + 4);
          const contentType = ascii(buf, nameEnd + 1, 40).split('\0')[0];
          if (contentType === 'application/rdf+xml') found.add('XMP');
        }
      });
    });
  });
}

const WALKERS: Record<ImageFormat, (buf: Uint8Array, found: Found) => void> = {
  jpeg: jpegBlocks,
  png: pngBlocks,
  webp: webpBlocks,
  gif: gifBlocks,
  tiff: tiffBlocks,
  avif: isobmffBlocks,
};

/** Whether exifr finds a GPS position, in the file itself or in the first TIFF block inside it. */
async function hasGps(buf: Uint8Array, format: ImageFormat): Promise<boolean> {
  const options = { tiff: true, gps: true, exif: false, xmp: false, iptc: false, icc: false, jfif: false, ihdr: false, mergeOutput: false };
  let input: Uint8Array = buf;
  if (format === 'webp' || format === 'avif') {
    // exifr cannot open these containers; hand it the EXIF block (a TIFF structure) directly.
    const little = indexOfText(buf, 'II*\0');
    const big = indexOfText(buf, 'MM\0*');
    const at = [little, big].filter((i) => i >= 0).sort((a, b) => a - b)[0];
    if (at === undefined) return false;
    input = buf.subarray(at);
  }
  if (format === 'gif') return false;
  try {
    const output = await exifr.parse(Buffer.from(input.buffer, input.byteOffset, input.byteLength), options);
    const gps = output?.gps as Record<string, unknown> | undefined;
    return Boolean(gps && (gps.GPSLatitude !== undefined || gps.latitude !== undefined || gps.GPSLongitude !== undefined));
  } catch {
    return false;
  }
}

/** Metadata left in an image, or undefined when the bytes are not an image format we read. */
export async function findImageMetadata(buf: Uint8Array): Promise<ImageMetadata | undefined> {
  const format = imageFormat(buf);
  if (!format) return undefined;
  const found: Found = new Set();
  try {
    WALKERS[format](buf, found);
  } catch {
    // A truncated file: whatever was found before the end still counts.
  }
  const kinds = (['EXIF', 'XMP', 'IPTC'] as const).filter((k) => found.has(k));
  return { format, kinds, gps: found.has('EXIF') ? await hasGps(buf, format) : false };
}
