import { z } from 'astro/zod';
import { CalendarDateSchema } from './date';
import { CONSENT_SCOPES } from './vocabularies';

/** The storyteller's consent, as recorded on the signed consent form kept outside the repo. */
export const ConsentSchema = z.strictObject({
  /** Id of the signed consent record (kept outside the repo), e.g. "C-2026-014". */
  recordId: z.string().trim().min(1, { error: 'must name the consent record, e.g. "C-2026-014"' }),
  /** Day consent was given; must not be after the story's `published` day. */
  given: CalendarDateSchema,
  /** What the storyteller agreed to: any of web, search, feeds, podcast, translate (at least one). */
  scope: z
    .array(z.enum(CONSENT_SCOPES))
    .min(1, { error: 'must list at least one consent scope: web, search, feeds, podcast or translate' }),
  /** Day consent was withdrawn. When present the story is in no output at all, whatever the date. */
  withdrawn: CalendarDateSchema.optional(),
  /** Day consent must be re-confirmed by; a past day is a build warning. */
  reviewBy: CalendarDateSchema.optional(),
});

export type Consent = z.infer<typeof ConsentSchema>;
