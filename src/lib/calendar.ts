/**
 * The meetings as an iCalendar subscription (RFC 5545): one weekly recurring event per
 * meeting, in the meeting's own time zone with a VTIMEZONE, so calendar apps keep the
 * local time right across daylight-saving changes.
 *
 * ical-generator writes native Dates with the *machine's* local clock once a time zone is
 * set, so start times are TZDate objects (@date-fns/tz), which it reads in their own zone.
 * VTIMEZONE blocks come from timezones-ical-library (current IANA rules). Events name the
 * zone by the canonical name its VTIMEZONE carries ("GMT" → "Etc/GMT"): a TZID with no
 * VTIMEZONE of the same name is read as floating or UTC time by calendar apps.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { timeZoneProblem, type MeetingData } from '../schemas/meeting';
import { calendarTimeZone, localDay, minutesOf, vtimezoneOf, WEEKDAY_NUMBER } from './meeting-time';
import { meetingAnchor } from './urls';

const BYDAY = [ICalWeekday.SU, ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA] as const;
const FORMAT_LABEL = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid (in person and online)' } as const;

export interface CalendarOptions {
  /** Calendar name shown by apps, e.g. "Shared Path meetings". */
  name: string;
  /** The site's URL: the host makes event UIDs globally unique. */
  site: string | URL;
  /** Absolute URL of the meetings page. */
  meetingsUrl: string;
  /** The build's "now": DTSTAMP, and the week the series starts from. */
  now: Date;
}

/** The first start of a weekly meeting on or after the local day of `from`, in its own zone. */
export function firstStart(meeting: Pick<MeetingData, 'day' | 'start' | 'timezone'>, from: Date): TZDate {
  const today = localDay(from, meeting.timezone);
  const ahead = (WEEKDAY_NUMBER[meeting.day] - today.weekday + 7) % 7;
  const minutes = minutesOf(meeting.start);
  return new TZDate(today.year, today.month - 1, today.day + ahead, Math.floor(minutes / 60), minutes % 60, 0, meeting.timezone);
}

const isUrl = (text: string) => /^https?:\/\//i.test(text) && URL.canParse(text);

/**
 * The canonical zone of a meeting. The content checks ask the same calendarTimeZone(), so
 * this throws only for meetings that bypassed them (then with the fix, not a library error).
 */
function zoneOf(meeting: Pick<MeetingData, 'id' | 'timezone'>): string {
  const zone = calendarTimeZone(meeting.timezone);
  if (!zone) throw new Error(`src/content/meetings.yaml: meeting "${meeting.id}", timezone: ${timeZoneProblem(meeting.timezone)}`);
  return zone;
}

/** VTIMEZONE block for ical-generator, which asks once per canonical zone that events name. */
const vtimezone = (zone: string) => vtimezoneOf(zone) ?? null;

function describe(meeting: MeetingData): string {
  const lines: string[] = [FORMAT_LABEL[meeting.format]];
  if (meeting.location) lines.push(`Where: ${meeting.location.name}, ${meeting.location.address}`);
  if (meeting.join) lines.push(`How to join: ${meeting.join}`);
  if (meeting.language) lines.push(`Language: ${meeting.language}`);
  if (meeting.notes) lines.push('', meeting.notes.trim());
  return lines.join('\n');
}

/** The whole calendar as text. Meetings are sorted by id so the file is stable. */
export function meetingsCalendar(meetings: readonly MeetingData[], options: CalendarOptions): string {
  const host = new URL(options.site).host;
  const calendar = ical({
    name: options.name,
    prodId: { company: host, product: 'meetings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: options.meetingsUrl,
    ttl: 60 * 60 * 24,
    timezone: { name: null, generator: vtimezone },
  });
  for (const meeting of [...meetings].sort((a, b) => a.id.localeCompare(b.id))) {
    const timezone = zoneOf(meeting);
    const start = firstStart({ ...meeting, timezone }, options.now);
    const join = meeting.join && isUrl(meeting.join) ? meeting.join : undefined;
    calendar.createEvent({
      id: `${meeting.id}@${host}`,
      stamp: options.now,
      start,
      end: new TZDate(start.getTime() + meeting.durationMinutes * 60_000, timezone),
      timezone,
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [BYDAY[WEEKDAY_NUMBER[meeting.day]]!] },
      summary: meeting.name,
      description: describe(meeting),
      location: meeting.location ? `${meeting.location.name}, ${meeting.location.address}` : (join ?? 'Online'),
      url: join ?? `${options.meetingsUrl}#${meetingAnchor(meeting.id)}`,
    });
  }
  return calendar.toString();
}
