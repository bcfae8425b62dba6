import { describe, expect, it } from 'vitest';
import { findImageMetadata, imageFormat } from '../../../src/lib/gates/image-metadata';
import { gpsJpeg, image, XMP } from '../../helpers/images';

describe('findImageMetadata', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('finds EXIF with a GPS position, and XMP, in %s', async (format) => {
    expect(await findImageMetadata(await image(format, 'exif'))).toEqual({ format, kinds: ['EXIF'], gps: true });
    expect(await findImageMetadata(await image(format, 'xmp'))).toMatchObject({ format, kinds: ['XMP'] });
    expect(await findImageMetadata(await image(format))).toEqual({ format, kinds: [], gps: false });
  });

  it('reads TIFF tags: a TIFF holding the camera make and a GPS block', async () => {
    const jpeg = await gpsJpeg();
    // The EXIF block of a JPEG is a TIFF structure of its own.
    const tiff = jpeg.subarray(jpeg.indexOf('Exif\0\0', 0, 'latin1') + 6);
    expect(imageFormat(tiff)).toBe('tiff');
    expect(await findImageMetadata(tiff)).toEqual({ format: 'tiff', kinds: ['EXIF'], gps: true });
    expect(await findImageMetadata(await image('tiff'))).toMatchObject({ kinds: [] });
  });

  it('finds XMP in a GIF application extension', async () => {
    const gif = await image('gif');
    expect(await findImageMetadata(gif)).toEqual({ format: 'gif', kinds: [], gps: false });
    const trailer = gif.length - 1; // 0x3B ends a GIF; extensions may come before it
    const extension = Buffer.concat([Buffer.from('\x21\xff\x0bXMP DataXMP', 'latin1'), Buffer.from(XMP), Buffer.from([0x01, 0x00])]);
    const tagged = Buffer.concat([gif.subarray(0, trailer), extension, gif.subarray(trailer)]);
    expect(await findImageMetadata(tagged)).toMatchObject({ format: 'gif', kinds: ['XMP'] });
  });

  it('finds IPTC in a JPEG APP13 segment', async () => {
    const jpeg = await image('jpeg');
    const payload = Buffer.from('Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x05\x1c\x02\x50\x00\x01J', 'latin1');
    const segment = Buffer.concat([Buffer.from([0xff, 0xed, 0, payload.length + 2]), payload]);
    const tagged = Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
    expect(await findImageMetadata(tagged)).toMatchObject({ kinds: ['IPTC'] });
  });

  it('ignores files that are not images', async () => {
    expect(await findImageMetadata(Buffer.from('<!doctype html><p>Exif</p>'))).toBeUndefined();
  });
});
