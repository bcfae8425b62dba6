import type { z } from 'astro/zod';

/** Astro's `image()` helper, or a plain path check outside Astro (the content checker). */
export type ImageHelper = () => z.ZodType;
