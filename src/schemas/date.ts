import { z } from 'astro/zod';
import { parseCalendarDate } from '../lib/dates';

/**
 * A calendar day written as YYYY-MM-DD. Accepts the string form (quoted YAML, or the
 * content checker, which keeps dates as text) and a Date (Astro's own YAML reader).
 * Impossible days such as 2026-02-30 are rejected rather than rolled over.
 */
export const CalendarDateSchema = z.union([
  z.date({ error: 'must be a date written as YYYY-MM-DD' }),
  z.string().transform((text, ctx) => {
    const date = parseCalendarDate(text);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: /^\d{4}-\d{2}-\d{2}$/.test(text.trim())
          ? `"${text}" is not a real day of the calendar; write an existing date as YYYY-MM-DD`
          : `"${text}" is not a date; write it as YYYY-MM-DD, for example 2026-03-14`,
      });
      return z.NEVER;
    }
    return date;
  }),
], { error: 'must be a date written as YYYY-MM-DD' });
