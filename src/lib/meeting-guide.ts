/**
 * The meetings in the Meeting Guide JSON format (https://github.com/code4recovery/spec),
 * so the Meeting Guide app, TSML UI and other tools that speak it can import them.
 */
import type { MeetingData } from '../schemas/meeting';
import { clockOf, minutesOf, WEEKDAY_NUMBER } from './meeting-time';
import { meetingAnchor } from './urls';

/** One meeting as the spec describes it; optional fields are left out when they don't apply. */
export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day: number;
  time: string;
  end_time: string;
  timezone: string;
  /** TSML's values: in_person | online | hybrid. */
  attendance_option: 'in_person' | 'online' | 'hybrid';
  types?: string[];
  location?: string;
  formatted_address?: string;
  conference_url?: string;
  conference_url_notes?: string;
  notes?: string;
  url: string;
  updated: string;
}

// Spec type codes for the languages a meeting may be held in (BCP 47 primary subtag → code).
const LANGUAGE_TYPES: Record<string, string> = {
  am: 'AM', da: 'DA', de: 'DE', el: 'EL', en: 'EN', es: 'S', fa: 'FA', fr: 'FR', he: 'HE', hi: 'HI', hr: 'HR',
  hu: 'HU', it: 'ITA', ja: 'JA', ko: 'KOR', lt: 'LT', ml: 'ML', no: 'NO', nb: 'NO', pa: 'PUN', pl: 'POL',
  pt: 'POR', ru: 'RUS', sk: 'SK', sv: 'SV', th: 'TH', tl: 'TL', uk: 'UK',
};

const ATTENDANCE = { 'in-person': 'in_person', online: 'online', hybrid: 'hybrid' } as const;

/** "YYYY-MM-DD HH:MM:SS" in UTC, the spec's `updated` format. */
export const specTimestamp = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

export interface MeetingGuideOptions {
  /** Absolute URL of the meetings page; each meeting links to its anchor there. */
  meetingsUrl: string;
  /** When this listing was published (the build's "now"). */
  updated: Date;
}

export function toMeetingGuide(meeting: MeetingData, options: MeetingGuideOptions): MeetingGuideMeeting {
  const start = minutesOf(meeting.start);
  const language = meeting.language?.toLowerCase().split('-')[0];
  const languageType = language ? LANGUAGE_TYPES[language] : undefined;
  const join = meeting.join?.trim();
  const joinIsUrl = join !== undefined && /^https?:\/\//i.test(join) && URL.canParse(join);
  return {
    name: meeting.name,
    slug: meeting.id,
    day: WEEKDAY_NUMBER[meeting.day],
    time: meeting.start,
    end_time: clockOf(start + meeting.durationMinutes),
    timezone: meeting.timezone,
    attendance_option: ATTENDANCE[meeting.format],
    ...(languageType ? { types: [languageType] } : {}),
    ...(meeting.location ? { location: meeting.location.name, formatted_address: meeting.location.address } : {}),
    ...(join && joinIsUrl ? { conference_url: join } : {}),
    ...(join && !joinIsUrl ? { conference_url_notes: join } : {}),
    ...(meeting.notes ? { notes: meeting.notes.trim() } : {}),
    url: `${options.meetingsUrl}#${meetingAnchor(meeting.id)}`,
    updated: specTimestamp(options.updated),
  };
}

/** The feed: a plain array of meetings, sorted by slug so the file is stable. */
export function meetingGuideFeed(meetings: readonly MeetingData[], options: MeetingGuideOptions): MeetingGuideMeeting[] {
  return [...meetings].sort((a, b) => a.id.localeCompare(b.id)).map((m) => toMeetingGuide(m, options));
}
