/** Image checks: member photos and podcast artwork are read with sharp before the build uses them. */
import sharp from 'sharp';

export interface ImageFacts {
  format: string;
  width: number;
  height: number;
  space: string;
  /** Whether the image has a transparency (alpha) channel. */
  alpha: boolean;
}

/** Facts about an image file, or an error message when it is not a readable image. */
export async function readImage(path: string): Promise<ImageFacts | string> {
  try {
    const meta = await sharp(path).metadata();
    return { format: meta.format ?? 'unknown', width: meta.width ?? 0, height: meta.height ?? 0, space: meta.space ?? 'unknown', alpha: meta.hasAlpha ?? false };
  } catch (error) {
    return `cannot be read as an image (${(error as Error).message}); export it again as JPEG or PNG.`;
  }
}

/**
 * Apple Podcasts artwork: square, 1400–3000 px, JPEG or PNG, RGB colour space, no
 * transparency (an alpha channel: "Should not contain an Alpha channel").
 * https://podcasters.apple.com/support/896-artwork-requirements
 */
export function artworkProblems(facts: ImageFacts): string[] {
  const problems: string[] = [];
  if (facts.format !== 'jpeg' && facts.format !== 'png') problems.push(`is ${facts.format}; podcast artwork must be a JPEG or PNG file.`);
  if (facts.width !== facts.height) problems.push(`is ${facts.width}×${facts.height} px; podcast artwork must be square.`);
  if (Math.max(facts.width, facts.height) > 3000 || Math.min(facts.width, facts.height) < 1400)
    problems.push(`is ${facts.width}×${facts.height} px; podcast artwork must be between 1400×1400 and 3000×3000 px.`);
  if (facts.space !== 'srgb' && facts.space !== 'rgb') problems.push(`uses the ${facts.space} colour space; export it as RGB.`);
  if (facts.alpha) problems.push('has a transparency (alpha) channel, which Apple Podcasts refuses; export it as a JPEG, or as a PNG without transparency.');
  return problems;
}
