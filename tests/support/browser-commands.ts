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
    accessibilityTree: () => Promise<AxNode[]>;
  }
}

/** A node of Chromium's own accessibility tree: its role, its name and its children (see accessibilityTree). */
export interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  parentId?: string;
}

interface CdpFrameTree {
  frame: { id: string; url: string };
  childFrames?: CdpFrameTree[];
}

// Text leaves and roleless wrappers say nothing about structure: their children take their place.
const transparentRoles = new Set(['StaticText', 'InlineTextBox', 'generic', 'none', 'LineBreak']);

/**
 * The test frame's accessibility tree as Chromium itself computes it (DevTools protocol,
 * Accessibility.getFullAXTree), not a role engine in the page: what screen readers are given.
 * Ignored nodes, text leaves and generic wrappers are left out, their children kept.
 */
export const accessibilityTree: BrowserCommand<[]> = async (context) => {
  if (context.provider.name !== 'playwright') throw new Error(`accessibilityTree needs the playwright provider, not ${context.provider.name}`);
  const { page, frame } = context as unknown as {
    page: { context(): { newCDPSession(page: unknown): Promise<{ send(method: string, params?: object): Promise<unknown>; detach(): Promise<void> }> } };
    frame(): Promise<{ url(): string }>;
  };
  const url = (await frame()).url();
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: CdpFrameTree };
    const find = (tree: CdpFrameTree): string | undefined => (tree.frame.url === url ? tree.frame.id : (tree.childFrames ?? []).map(find).find(Boolean));
    const frameId = find(frameTree);
    if (!frameId) throw new Error(`no frame with the test's URL ${url}`);
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: CdpAxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const build = (node: CdpAxNode): AxNode[] => {
      const children = (node.childIds ?? []).flatMap((id) => (byId.has(id) ? build(byId.get(id)!) : []));
      const role = node.role?.value ?? 'none';
      return node.ignored || transparentRoles.has(role) ? children : [{ role, name: node.name?.value ?? '', children }];
    };
    return nodes.filter((node) => !node.parentId || !byId.has(node.parentId)).flatMap(build);
  } finally {
    await session.detach();
  }
};
