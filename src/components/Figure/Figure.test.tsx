import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { Figure, figureAspectRatios, type FigureProps } from './index.js';

const photo = {
  src: '/images/duty-visit.jpg',
  alt: 'Six officials listen to a guide in an exhibition hall.',
  caption: 'Participants on a duty visit, December 2024.',
  width: 1200,
  height: 800,
} satisfies FigureProps;

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('Figure', () => {
  it('is a figure named by its caption, holding the image with its alt text', () => {
    render(<Figure {...photo} credit="Chan Tai-man" />);
    // The figcaption names the figure in browsers (jsdom's name computation does not follow it).
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')).toHaveTextContent(/^Participants on a duty visit, December 2024\. Photo: Chan Tai-man$/);
    const image = within(figure).getByRole('img', { name: photo.alt });
    expect(image).toHaveAttribute('src', photo.src);
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '800');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).not.toHaveAttribute('fetchpriority');
    expect(figure.querySelector('figcaption')!.lastElementChild).toHaveTextContent(/^Photo: Chan Tai-man$/);
  });

  it.each([
    ['en', 'Photo: Chan Tai-man', 'Chan Tai-man'],
    ['zh-Hant', '攝影：陳大文', '陳大文'],
    ['zh-Hans', '摄影：陈大文', '陈大文'],
    ['zh-HK', '攝影：陳大文', '陳大文'],
  ] as const)('writes the credit in %s', (locale, line, name) => {
    render(<Figure {...photo} locale={locale} credit={name} />);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent(line);
  });

  it('takes a credit wording from labels, with or without the {credit} mark', () => {
    const { rerender } = render(<Figure {...photo} credit="Lee Siu-wah" labels={{ credit: 'Illustration by {credit}.' }} />);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent('Illustration by Lee Siu-wah.');
    rerender(<Figure {...photo} credit="Lee Siu-wah" labels={{ credit: 'Source:' }} />);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent('Source: Lee Siu-wah');
  });

  it('hides a decorative image (alt="") from assistive technology; the caption still names the figure', () => {
    render(<Figure {...photo} alt="" caption="Victoria Harbour at dusk." />);
    expect(screen.queryByRole('img')).toBeNull();
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('img')).toHaveAttribute('alt', '');
    expect(figure.querySelector('figcaption')).toHaveTextContent(/^Victoria Harbour at dusk\.$/);
  });

  it('loads eagerly with a high priority when asked, and ignores values it does not know', () => {
    const { rerender } = render(<Figure {...photo} loading="eager" fetchPriority="high" />);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'eager');
    expect(screen.getByRole('img')).toHaveAttribute('fetchpriority', 'high');
    rerender(<Figure {...photo} loading={'soon' as never} fetchPriority={'urgent' as never} />);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'lazy');
    expect(screen.getByRole('img')).not.toHaveAttribute('fetchpriority');
  });

  it('gives each aspect ratio its own documented modifier', () => {
    for (const ratio of figureAspectRatios) {
      const { unmount } = render(<Figure {...photo} aspectRatio={ratio} />);
      const figure = screen.getByRole('figure');
      if (ratio === 'intrinsic') expect(figure.className).not.toMatch(/--ratio-/);
      else expect(figure).toHaveClass(`bh-figure--ratio-${ratio.replace(':', '-')}`);
      unmount();
    }
  });

  it('writes only whole, positive pixel sizes', () => {
    const { rerender } = render(<Figure {...photo} width={'640' as never} height={359.6} />);
    expect(screen.getByRole('img')).toHaveAttribute('width', '640');
    expect(screen.getByRole('img')).toHaveAttribute('height', '360');
    rerender(<Figure {...photo} aspectRatio="1:1" width={0} height={'12px' as never} />);
    expect(screen.getByRole('img')).not.toHaveAttribute('width');
    expect(screen.getByRole('img')).not.toHaveAttribute('height');
  });

  it('warns in development when the page would shift, alt is missing, or alt repeats the caption', () => {
    const warn = warnSpy();
    render(<Figure src="/a.jpg" alt="Harbour" caption="Harbour" />);
    render(<Figure {...({ src: '/b.jpg', aspectRatio: '3:2' } as FigureProps)} />);
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages).toEqual([
      expect.stringMatching(/`alt` repeats the caption/),
      expect.stringMatching(/give `width` and `height`/),
      expect.stringMatching(/`alt` is required/),
    ]);
    expect(screen.getAllByRole('figure')[1]!.querySelector('img')).toHaveAttribute('alt', '');
    warn.mockRestore();
  });

  it('keeps inline images and drops unsafe URLs with the image, keeping the caption', () => {
    const warn = warnSpy();
    const { rerender } = render(<Figure {...photo} src={dataImageUrl} />);
    expect(screen.getByRole('img')).toHaveAttribute('src', dataImageUrl);
    for (const url of unsafeUrls) {
      rerender(<Figure {...photo} src={url} />);
      expect(screen.queryByRole('img')).toBeNull();
      expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent(photo.caption);
    }
    warn.mockRestore();
  });

  it('renders nothing when neither an image nor a caption or credit is left', () => {
    const warn = warnSpy();
    const { container } = render(<Figure src="javascript:alert(1)" alt="x" caption=" " />);
    expect(container).toBeEmptyDOMElement();
    warn.mockRestore();
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = warnSpy();
    const hostile = [
      { src: 42, alt: null, caption: {}, credit: [] },
      { src: '/a.jpg', alt: { text: 'x' }, caption: 7, credit: 8, width: {}, height: Symbol('h'), loading: 1, fetchPriority: {}, aspectRatio: [] },
      { src: '/a.jpg', alt: 'x', labels: 'nope', locale: 12, credit: 'c' },
      { src: '/a.jpg', alt: 'x', labels: { credit: 5 }, credit: 'c', width: Number.NaN, height: Number.POSITIVE_INFINITY },
    ];
    for (const props of hostile) {
      const { unmount } = render(<Figure {...(props as unknown as FigureProps)} />);
      unmount();
    }
    render(<Figure {...({ src: '/a.jpg', alt: '<b>x</b>', caption: '<script>alert(1)</script>', credit: 9 } as unknown as FigureProps)} />);
    expect(screen.getByRole('img', { name: '<b>x</b>' })).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent('<script>alert(1)</script> Photo: 9');
    warn.mockRestore();
  });
});
