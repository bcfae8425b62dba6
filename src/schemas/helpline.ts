import { z } from 'astro/zod';
import { DataIdSchema } from './data-id';
import { CalendarDateSchema } from './date';
import { LanguageTagSchema } from './site';

/**
 * One crisis line in `src/content/helplines.yaml`. phone, sms and url are each optional; a
 * line with none of them is a warning (data-rules.ts), not an error, as the contract says.
 */
export const HelplineSchema = () =>
  z.strictObject({
    /** Id: letters, digits, hyphens and underscores, e.g. "988-lifeline"; unique even ignoring capitals. */
    id: DataIdSchema('988-lifeline'),
    /** Name of the service. */
    name: z.string().trim().min(1, { error: 'must not be empty' }),
    /** ISO 3166-1 alpha-2 country code (e.g. "US", "GB") or "international". */
    country: z
      .string()
      .regex(/^([A-Z]{2}|international)$/, { error: 'must be a two-letter country code such as "US" or "GB", or "international"' }),
    /** Number to call, as readers dial it. */
    phone: z.string().trim().min(1).optional(),
    /** Number to text. */
    sms: z.string().trim().min(1).optional(),
    /** Website of the service. */
    url: z.url({ error: 'must be a full URL beginning with https://' }).optional(),
    /** When it answers, e.g. "24/7". */
    hours: z.string().trim().min(1, { error: 'must say when the line answers, e.g. "24/7"' }),
    /** One sentence on who it is for. */
    description: z.string().optional(),
    /** Languages the line answers in (BCP 47, e.g. [es]): shown first on pages in those languages. */
    languages: z.array(LanguageTagSchema).optional(),
    /** Day someone last checked the number works; older than a year is a warning. */
    lastVerified: CalendarDateSchema.optional(),
  });

export type HelplineData = z.infer<ReturnType<typeof HelplineSchema>>;

/** The digits to put in a tel: or sms: link ("1-800-662-4357" -> "18006624357"). */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
