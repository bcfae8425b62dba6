import { z } from 'astro/zod';
import { MEETING_FORMATS, RECOVERY_PATHS, WEEKDAYS } from './vocabularies';

/** True when `zone` is an IANA time zone this runtime knows, e.g. "Europe/London". */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** One weekly meeting in `src/content/meetings.yaml`. */
export const MeetingSchema = () =>
  z
    .strictObject({
      /** Lower-case id, stable over time (calendar apps use it to update the event). */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'must be lower-case letters, digits and hyphens, e.g. "tuesday-evening-circle"',
      }),
      /** Name shown to readers. */
      name: z.string().trim().min(1, { error: 'must not be empty' }),
      /** in-person, online or hybrid. */
      format: z.enum(MEETING_FORMATS),
      /** Day of the week, lower case: monday..sunday. */
      day: z.enum(WEEKDAYS),
      /** Local start time, 24-hour "HH:MM". */
      start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time "HH:MM", e.g. "19:30"' }),
      /** Length in minutes. */
      durationMinutes: z.int({ error: 'must be a whole number of minutes' }).min(1).max(1440),
      /** IANA time zone of the start time, e.g. "America/Chicago". */
      timezone: z.string().refine(isTimeZone, {
        error: 'must be an IANA time zone name such as "Europe/London" or "America/Chicago"',
      }),
      /** Where it happens; required for in-person and hybrid meetings. */
      location: z
        .strictObject({
          /** Name of the place. */
          name: z.string().trim().min(1),
          /** Street address. */
          address: z.string().trim().min(1),
        })
        .optional(),
      /** How to join: a URL or instructions; required for online and hybrid meetings. */
      join: z.string().trim().min(1).optional(),
      /** Recovery paths the meeting follows. */
      paths: z.array(z.enum(RECOVERY_PATHS)).default([]),
      /** BCP 47 language tag, e.g. "en" or "es". */
      language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "en" or "es-MX"' }).optional(),
      /** Anything else a newcomer should know. */
      notes: z.string().optional(),
    })
    .superRefine((meeting, ctx) => {
      if (meeting.format !== 'online' && !meeting.location) {
        ctx.addIssue({
          code: 'custom',
          path: ['location'],
          message: `is required for ${meeting.format} meetings: add location: { name, address }`,
        });
      }
      if (meeting.format !== 'in-person' && !meeting.join) {
        ctx.addIssue({
          code: 'custom',
          path: ['join'],
          message: `is required for ${meeting.format} meetings: add join: with the link or joining instructions`,
        });
      }
    });

export type MeetingData = z.infer<ReturnType<typeof MeetingSchema>>;
