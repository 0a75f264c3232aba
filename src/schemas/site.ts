/** Schema of content/site.yaml: the portal's own settings, in one place. */
import { z } from 'astro/zod';
import { httpsUrl, slug, text } from './primitives';

const groupSchema = z.object({
  /** Stable id used in URLs and in the `section` / `category` field of pages. */
  id: slug,
  /** Heading shown in navigation and on index pages. */
  label: text,
  /** One sentence shown under the label on index pages. */
  description: text,
});
export type Group = z.infer<typeof groupSchema>;

const communityLinkSchema = z.object({
  /** Link text, e.g. "Discord". */
  label: text,
  /** Absolute https URL of the community channel. */
  url: httpsUrl,
  /** What a visitor finds there, in one sentence. */
  description: text,
});

/** Where one package's support requests go. Every field is optional. */
const packageTicketsSchema = z.object({
  /**
   * Mailbox for this package's requests sent by email (the email channel, and
   * the fallback when a ticket service fails). Default: none; a package whose
   * channel is email then uses `contacts.support`, and for a ticket-channel
   * package (Enterprise) the build warns and the form tells the customer to
   * use the channel named in their purchase order. Never another package's box.
   */
  email: z.email({ error: 'expected an email address, e.g. enterprise-support@example.com' }).optional(),
  /**
   * Tiledesk department id (24 hexadecimal characters) that receives this
   * package's requests when PUBLIC_TICKET_CHANNEL=tiledesk. Default: none,
   * the project's default department.
   */
  tiledeskDepartment: z
    .string()
    .regex(/^[a-f0-9]{24}$/i, {
      error: 'expected a Tiledesk department id: 24 hexadecimal characters (Dashboard → Settings → Departments)',
    })
    .optional(),
});
export type PackageTickets = z.infer<typeof packageTicketsSchema>;

export const siteSchema = z.object({
  /** Name of the product the portal supports, e.g. "Tiledesk". */
  productName: text,
  /** Name of this portal, shown in the header and in page titles. */
  portalName: text,
  /** One-sentence description used on the home page and in meta tags. */
  description: text,
  /** Support contact addresses. */
  contacts: z.object({
    /** Where Pro tickets are emailed (the Pro package's only channel, T11.5). */
    support: z.email({ error: 'expected an email address, e.g. support@example.com' }),
    /** Where prospects ask about buying a package or a licence. */
    sales: z.email({ error: 'expected an email address, e.g. info@example.com' }),
  }),
  /** Per support package (`pro`, `enterprise`): where its requests go. Default: no entries. */
  tickets: z.strictObject({ pro: packageTicketsSchema.optional(), enterprise: packageTicketsSchema.optional() }).default({}),
  /** Free community channels: the help open to everyone, with or without a package. */
  community: z.array(communityLinkSchema).min(1, { error: 'list at least one community channel' }),
  docs: z.object({
    /** Sections of the install and operations guides, in the order the sidebar shows them. */
    sections: z.array(groupSchema).min(1, { error: 'list at least one docs section' }),
  }),
  kb: z.object({
    /** Knowledge-base categories, in the order the index shows them. */
    categories: z.array(groupSchema).min(1, { error: 'list at least one category' }),
    /** Articles per page on category and tag pages. Default 20. */
    pageSize: z.int().min(5).max(100).default(20),
    /**
     * Articles the home page lists as popular, by file name without extension, in this order.
     * Default: none listed, and the home page shows the six most recently updated articles.
     */
    popular: z.array(slug).max(12, { error: 'list at most 12 popular articles: the home page shows a short list' }).default([]),
  }),
});
export type SiteConfig = z.infer<typeof siteSchema>;
