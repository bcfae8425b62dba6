import { z } from 'astro/zod';
import { calendarTimeZone, suggestTimeZone } from '../lib/meeting-time';
import { DataIdSchema } from './data-id';
import { MEETING_FORMATS, RECOVERY_PATHS, WEEKDAYS } from './vocabularies';

/** What is wrong with a time zone the calendar cannot use, and what to write instead. */
export function timeZoneProblem(zone: string): string {
  const hint = suggestTimeZone(zone);
  const shown = JSON.stringify(zone.length > 40 ? `${zone.slice(0, 40)}…` : zone);
  return hint
    ? `${shown} is not a time zone name the calendar knows; did you mean "${hint}"? Write it exactly like that, capitals included.`
    : `${shown} is not an IANA time zone name; write one exactly, capitals included, such as "Europe/London", "America/Chicago" or "UTC" (the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).`;
}

/** One weekly meeting in `src/content/meetings.yaml`. */
export const MeetingSchema = () =>
  z
    .strictObject({
      /**
       * Id, stable over time: calendar apps use it to update the event. Letters, digits,
       * hyphens and underscores, e.g. "tuesday-evening-circle"; unique even ignoring capitals.
       */
      id: DataIdSchema('tuesday-evening-circle'),
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
      /**
       * IANA time zone of the start time, spelt exactly, e.g. "America/Chicago", "Europe/London"
       * or "UTC"; older names such as "US/Eastern" or "GMT" work too.
       */
      timezone: z.string().superRefine((zone, ctx) => {
        if (calendarTimeZone(zone) === undefined) ctx.addIssue({ code: 'custom', message: timeZoneProblem(zone) });
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
