import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, hrefUrl, labelOverrides, locale, oneOfRequired, text } from '../../fixtures/schema.js';
import type { SiteFooterProps } from './SiteFooter.js';
import { siteFooterDefinition as definition } from './SiteFooter.definition.js';
import { docs } from './SiteFooter.docs.js';

const link = { type: 'object', properties: { label: text, href: hrefUrl }, required: ['label', 'href'], additionalProperties: false };

export const schema = contentSchema(definition, docs.description, {
  groups: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      properties: { heading: text, links: { type: 'array', minItems: 1, items: link } },
      required: ['links'],
      additionalProperties: false,
    },
  },
  copyright: text,
  headingLevel,
  locale,
  labels: labelOverrides(definition, ['footer']),
}, [], oneOfRequired('groups', 'copyright'));

// A plainly fictional office: no real department's name in the copyright line. The dates are a
// slot (RevisionDates, with fixtures of its own), so these footers have none. Fixtures are JSON, so
// the usual Hong Kong links are written out as the group standardFooterLinks() returns.
export const fixtures: Fixture<SiteFooterProps>[] = [
  {
    name: 'footer-en-standard-links',
    description: 'English footer with the usual Hong Kong links (standardFooterLinks) and the copyright line.',
    props: {
      locale: 'en',
      groups: [
        {
          links: [
            { label: 'Accessibility', href: '/en/accessibility.html' },
            { label: 'Privacy policy', href: '/en/privacy.html' },
            { label: 'Copyright notice', href: '/en/copyright.html' },
            { label: 'Important notices', href: '/en/notices.html' },
            { label: 'Site map', href: '/en/sitemap.html' },
            { label: 'Contact us', href: 'mailto:enquiry@example.gov.hk' },
          ],
        },
      ],
      copyright: '© 2025 Example Exchange Office',
    },
  },
  {
    name: 'footer-zh-hant-groups',
    description: 'Traditional Chinese footer with the site\'s own groups under h2 headings, and the copyright line.',
    props: {
      locale: 'zh-Hant',
      groups: [
        {
          heading: '關於我們',
          links: [
            { label: '辦公室簡介', href: '/tc/about/' },
            { label: '聯絡我們', href: '/tc/contact/' },
          ],
        },
        {
          heading: '交流計劃',
          links: [
            { label: '合作城市', href: '/tc/partners/' },
            { label: '參加者分享', href: '/tc/stories/' },
          ],
        },
        {
          heading: '網站資訊',
          links: [
            { label: '重要告示', href: '/tc/notices.html' },
            { label: '私隱政策', href: '/tc/privacy.html' },
            { label: '無障礙瀏覽', href: '/tc/accessibility.html' },
          ],
        },
      ],
      copyright: '2025 © 示例交流辦公室',
    },
  },
  {
    name: 'footer-zh-hans-some-links',
    description: 'Simplified Chinese footer: three of the usual Hong Kong links (standardFooterLinks given three URLs), and the copyright line.',
    props: {
      locale: 'zh-Hans',
      groups: [
        {
          links: [
            { label: '私隐政策', href: '/sc/privacy.html' },
            { label: '重要告示', href: '/sc/notices.html' },
            { label: '联络我们', href: '/sc/contact/' },
          ],
        },
      ],
      copyright: '2025 © 示例交流办公室',
    },
  },
];
