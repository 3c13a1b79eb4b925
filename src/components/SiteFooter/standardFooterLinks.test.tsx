import { renderToStaticMarkup } from 'react-dom/server';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { fixtures } from './SiteFooter.fixtures.js';
import { SiteFooter, siteFooterLinkNames, standardFooterLinks } from './index.js';

const allUrls = { accessibility: '/a', privacy: '/p', copyright: '/c', disclaimer: '/d', siteMap: '/s', contactUs: 'mailto:x@example.gov.hk' };

const labelsIn = {
  en: ['Accessibility', 'Privacy policy', 'Copyright notice', 'Important notices', 'Site map', 'Contact us'],
  'zh-Hant': ['無障礙瀏覽', '私隱政策', '版權告示', '重要告示', '網頁指南', '聯絡我們'],
  'zh-Hans': ['无障碍浏览', '私隐政策', '版权告示', '重要告示', '网页指南', '联络我们'],
};

// What <SiteFooter locale={locale} links={allUrls} /> rendered before the built-in links left the
// component for this helper (recorded at be713fc): the same footer must come out byte for byte, but
// for the shared container class its root has carried since (the page's frame lines up on it).
const htmlOfLinksProp = {
  en: '<footer class="bh-site-footer bh-component bh-container" lang="en"><nav class="bh-site-footer__nav" aria-label="Footer links"><div class="bh-site-footer__group"><ul class="bh-site-footer__list"><li><a class="bh-link bh-focusable bh-site-footer__link" href="/a">Accessibility</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/p">Privacy policy</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/c">Copyright notice</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/d">Important notices</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/s">Site map</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="mailto:x@example.gov.hk">Contact us</a></li></ul></div></nav></footer>',
  'zh-Hant': '<footer class="bh-site-footer bh-component bh-container" lang="zh-Hant"><nav class="bh-site-footer__nav" aria-label="頁尾連結"><div class="bh-site-footer__group"><ul class="bh-site-footer__list"><li><a class="bh-link bh-focusable bh-site-footer__link" href="/a">無障礙瀏覽</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/p">私隱政策</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/c">版權告示</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/d">重要告示</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/s">網頁指南</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="mailto:x@example.gov.hk">聯絡我們</a></li></ul></div></nav></footer>',
  'zh-Hans': '<footer class="bh-site-footer bh-component bh-container" lang="zh-Hans"><nav class="bh-site-footer__nav" aria-label="页尾链接"><div class="bh-site-footer__group"><ul class="bh-site-footer__list"><li><a class="bh-link bh-focusable bh-site-footer__link" href="/a">无障碍浏览</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/p">私隐政策</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/c">版权告示</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/d">重要告示</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="/s">网页指南</a></li><li><a class="bh-link bh-focusable bh-site-footer__link" href="mailto:x@example.gov.hk">联络我们</a></li></ul></div></nav></footer>',
};

describe('standardFooterLinks', () => {
  it.each([
    ['en', labelsIn.en],
    ['zh-Hant', labelsIn['zh-Hant']],
    ['zh-HK', labelsIn['zh-Hant']],
    ['zh-Hans', labelsIn['zh-Hans']],
    [undefined, labelsIn.en],
  ])('labels the links in %s, in the usual order, as one group without a heading', (locale, labels) => {
    expect(standardFooterLinks(allUrls, { locale })).toEqual([{ links: labels.map((label, i) => ({ label, href: Object.values(allUrls)[i] })) }]);
  });

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('gives SiteFooter the HTML its former `links` prop rendered, in %s', (locale) => {
    expect(renderToStaticMarkup(<SiteFooter locale={locale} groups={standardFooterLinks(allUrls, { locale })} />)).toBe(htmlOfLinksProp[locale]);
  });

  it('lists only the links given a URL, in the usual order whatever the order of the URLs', () => {
    const group = standardFooterLinks({ contactUs: '/contact', privacy: '/privacy' });
    expect(group).toEqual([{ links: [{ label: 'Privacy policy', href: '/privacy' }, { label: 'Contact us', href: '/contact' }] }]);
    expect(siteFooterLinkNames).toEqual(['accessibility', 'privacy', 'copyright', 'disclaimer', 'siteMap', 'contactUs']);
  });

  it('gives no group without a URL', () => {
    expect(standardFooterLinks({})).toEqual([]);
  });

  it('puts the heading on the group when given', () => {
    expect(standardFooterLinks({ siteMap: '/sitemap' }, { locale: 'zh-Hant', heading: '網站資訊' })).toEqual([{ heading: '網站資訊', links: [{ label: '網頁指南', href: '/sitemap' }] }]);
  });

  it('takes the site\'s own link texts, never a blank one', () => {
    const [group] = standardFooterLinks({ privacy: '/p', disclaimer: '/d' }, { labels: { disclaimer: 'Disclaimer', privacy: '\u200b' } });
    expect(group?.links.map((link) => link.label)).toEqual(['Privacy policy', 'Disclaimer']);
  });

  it('writes the fixtures\' usual links (fixtures are JSON, so they spell the group out)', () => {
    const { groups: en } = fixtures.find((f) => f.name === 'footer-en-standard-links')!.props;
    const urls = { accessibility: '/en/accessibility.html', privacy: '/en/privacy.html', copyright: '/en/copyright.html', disclaimer: '/en/notices.html', siteMap: '/en/sitemap.html', contactUs: 'mailto:enquiry@example.gov.hk' };
    expect(en).toEqual(standardFooterLinks(urls, { locale: 'en' }));
    const { groups: zhHans } = fixtures.find((f) => f.name === 'footer-zh-hans-some-links')!.props;
    expect(zhHans).toEqual(standardFooterLinks({ privacy: '/sc/privacy.html', disclaimer: '/sc/notices.html', contactUs: '/sc/contact/' }, { locale: 'zh-Hans' }));
  });

  it('survives wrong-typed arguments', () => {
    for (const urls of [undefined, null, 'privacy', 42, ['/p'], () => '/p']) expect(standardFooterLinks(urls as never)).toEqual([]);
    const urls = { privacy: 42, siteMap: null, contactUs: { href: '/c' }, disclaimer: ['/d'], copyright: '/c', other: '/o' };
    for (const options of [null, 'zh-Hant', 7, { locale: {}, labels: 7, heading: 42 }, { labels: { copyright: 5 } }]) {
      expect(standardFooterLinks(urls as never, options as never)).toEqual([{ links: [{ label: 'Copyright notice', href: '/c' }] }]);
    }
  });

  it('leaves URL checks to SiteFooter, which drops a link without a usable URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SiteFooter groups={standardFooterLinks({ privacy: '/privacy', siteMap: '  ', contactUs: 'javascript:alert(1)' })} />);
    expect(within(screen.getByRole('navigation')).getAllByRole('link').map((a) => a.textContent)).toEqual(['Privacy policy']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('left out 2 link(s)'));
    warn.mockRestore();
  });

  it.each(unsafeUrls)('never lets %j into an href', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SiteFooter groups={standardFooterLinks({ privacy: href })} copyright="©" />);
    expect(screen.queryByRole('link')).toBeNull();
    warn.mockRestore();
  });
});
