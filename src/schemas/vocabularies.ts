/** Fixed vocabularies of the editors' contract (docs/editors.md). Adding a value is a contract change. */

export const RECOVERY_PATHS = [
  'twelve-step',
  'smart-recovery',
  'therapy',
  'medication-assisted',
  'faith-based',
  'holistic',
  'peer-support',
  'harm-reduction',
  'other',
] as const;
export type RecoveryPath = (typeof RECOVERY_PATHS)[number];

export const CONTENT_WARNINGS = [
  'substance-use',
  'relapse',
  'overdose',
  'self-harm',
  'suicide',
  'abuse',
  'violence',
  'death-and-grief',
  'eating-disorder',
] as const;
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];

export const CONSENT_SCOPES = ['web', 'search', 'feeds', 'podcast', 'translate'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
/** The scopes that are places a story appears in; `translate` allows another text, not a channel. */
export const CHANNEL_SCOPES = ['web', 'search', 'feeds', 'podcast'] as const satisfies readonly ConsentScope[];

export const AUDIENCES = ['newcomers', 'families', 'leaders', 'editors'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const EPISODE_TYPES = ['full', 'trailer', 'bonus'] as const;
export const AUDIO_TYPES = [
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/aac',
  'audio/ogg',
  'audio/opus',
] as const;
export const PERSON_ROLES = ['host', 'guest'] as const;
export const PODCAST_TYPES = ['episodic', 'serial'] as const;

export const MEETING_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Human labels, used by pages and the editors' guide. */
export const PATH_LABELS: Record<RecoveryPath, string> = {
  'twelve-step': '12-step',
  'smart-recovery': 'SMART Recovery',
  therapy: 'Therapy',
  'medication-assisted': 'Medication-assisted',
  'faith-based': 'Faith-based',
  holistic: 'Holistic',
  'peer-support': 'Peer support',
  'harm-reduction': 'Harm reduction',
  other: 'Other paths',
};

export const WARNING_LABELS: Record<ContentWarning, string> = {
  'substance-use': 'substance use',
  relapse: 'relapse',
  overdose: 'overdose',
  'self-harm': 'self-harm',
  suicide: 'suicide',
  abuse: 'abuse',
  violence: 'violence',
  'death-and-grief': 'death and grief',
  'eating-disorder': 'eating disorders',
};
