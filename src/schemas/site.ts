import { z } from 'astro/zod';

/** A BCP 47 language tag such as "en", "es" or "pt-BR". */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "en", "es" or "pt-BR"' });

/**
 * The community's own settings: `site.yaml` at the project root, editable without code.
 * `SITE_URL`, when set, overrides `url` (deployments, previews and test builds).
 */
export const SiteSchema = () =>
  z.strictObject({
    /** The community's name: page titles, the header, feeds. */
    name: z.string().trim().min(1, { error: 'must not be empty: write the community\'s name' }).max(120),
    /** One line under the name on the home page. */
    tagline: z.string().trim().min(1, { error: 'must not be empty; leave the field out for no tagline' }).max(200).optional(),
    /** What the site is, 1–300 characters: meta description and feeds. */
    description: z.string().trim().min(1, { error: 'must not be empty' }).max(300),
    /** Address of the live site, e.g. https://example.org/ or https://name.github.io/repo/ (a path puts the whole site under it). */
    url: z
      .url({ error: 'must be the full address of the site, beginning with https://, e.g. "https://example.org/"' })
      .refine((u) => /^https?:\/\//i.test(u), { error: 'must begin with https:// (or http://)' })
      .refine((u) => !/[?#]/.test(u), { error: 'must not carry a query (?) or fragment (#): write the plain address' }),
    /** Languages of the site (BCP 47); the first is the default and keeps the plain URLs. */
    languages: z
      .array(LanguageTagSchema)
      .min(1, { error: 'must list at least one language, e.g. [en]' })
      .refine((l) => new Set(l.map((x) => x.toLowerCase())).size === l.length, { error: 'lists a language twice' })
      .default(['en']),
    /** ISO 3166-1 alpha-2 code of the country whose crisis lines are shown first, e.g. "US" or "GB". */
    helplineCountry: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, such as "US" or "GB"' }),
    /** Where the quick exit sends the reader: a neutral, common site. */
    exitUrl: z
      .url({ error: 'must be a full address beginning with https://' })
      .refine((u) => /^https:\/\//i.test(u), { error: 'must begin with https://: the exit must not be a page an onlooker could see was insecure or the site\'s own' })
      .default('https://www.bbc.co.uk/weather'),
  });

export type SiteSettings = z.infer<ReturnType<typeof SiteSchema>>;
