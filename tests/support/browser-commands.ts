// Browser commands that run in Node on the Playwright page of the browser project.
import type { BrowserCommand } from 'vitest/node';

type Media = {
  media?: 'print' | 'screen' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  contrast?: 'more' | 'no-preference' | null;
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
};

/** Emulates the media type (print) and CSS media features (colour scheme, contrast, forced colours, ...) for the whole test page. */
export const emulateMedia: BrowserCommand<[Media]> = async (context, media) => {
  if (context.provider.name !== 'playwright') throw new Error(`emulateMedia needs the playwright provider, not ${context.provider.name}`);
  const { page } = context as unknown as { page: { emulateMedia(options: Media): Promise<void> } };
  await page.emulateMedia(media);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: Media) => Promise<void>;
  }
}
