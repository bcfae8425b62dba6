/** Member photos for generated stories: small JPEGs of varied colours, made with sharp. */
import sharp from 'sharp';
import type { ImageSpec } from './stories';

/** A JPEG of the spec's size: its colour with a soft diagonal gradient, so it is not a flat block. */
export async function renderImage(spec: ImageSpec): Promise<Buffer> {
  const { r, g, b } = spec.colour;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="rgb(${255 - r},${g},${255 - b})"/>
</linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${spec.width / 3}" cy="${spec.height / 2}" r="${spec.height / 4}" fill="rgba(255,255,255,0.35)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer();
}
