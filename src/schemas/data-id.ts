import { z } from 'astro/zod';

/** ASCII letters, digits, hyphens and underscores, starting with a letter or digit. */
export const DATA_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const DATA_ID_MAX = 100;

/**
 * The `id` of an item in topics.yaml, meetings.yaml or helplines.yaml. Ids end up in
 * addresses (/topics/<id>/, /meetings/#meeting-<id>), search filters, calendar UIDs and the
 * Meeting Guide slug, so only characters that need no escaping anywhere are allowed; a
 * leading "_" or "-" is refused because some hosts hide folders starting with "_".
 * Uniqueness (ignoring capitals) is checked over the whole file in data-rules.ts.
 */
export const DataIdSchema = (example: string) =>
  z
    .string({
      // YAML reads `id: 988` as a number: say how to write it, not just "must be text".
      error: (issue) =>
        typeof issue.input === 'number' ? `must be text: put the number in quotes, e.g. id: "${issue.input}"` : undefined,
    })
    .max(DATA_ID_MAX, { error: `is too long: at most ${DATA_ID_MAX} characters` })
    .regex(DATA_ID, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} cannot be an id: use only letters, digits, hyphens and underscores, starting with a letter or digit (no spaces, slashes, dots or accents), e.g. "${example}"`,
    });
