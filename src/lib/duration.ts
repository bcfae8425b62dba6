/** Durations as editors write them: "HH:MM:SS", "MM:SS" or whole seconds. */

/** Seconds in a duration, or null when the text is not one of the accepted forms. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const parts = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(text);
  if (!parts) return null;
  const [hours, minutes, seconds] = [parts[1] ?? '0', parts[2]!, parts[3]!].map(Number) as [number, number, number];
  if (parts[1] !== undefined && minutes > 59) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** "1:02:05" or "42:10": the clock form used on pages and chapters. */
export function formatClock(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.floor(totalSeconds % 60);
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "42 min" or "1 h 2 min": the spoken form used next to a player. */
export function formatMinutes(totalSeconds: number): string {
  const minutes = Math.max(1, Math.round(totalSeconds / 60));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
