import { basename } from 'node:path';
import fileHash from '@emotion/hash';
import { fnv1a } from '../src/internal/stableId.js';

/**
 * Class names of the library build: "bh", a two-character tag of the version (two versions of the
 * package on one page stay apart), one letter for the stylesheet, then vanilla-extract's per-file
 * counter in base 36, e.g. `bh1rq4`. They repeat in every component's JavaScript and in every
 * selector, so each character counts.
 */
export const stylesheetLetters: Record<string, string> = {
  ArticleHighlight: 'a',
  QuoteBlock: 'q',
  ParticipantProfileCard: 'p',
  CityPartnerBadgeStrip: 'c',
  base: 'b',
  layers: 'l',
  themes: 't',
  contract: 'k',
};

export const versionTag = (version: string): string => (fnv1a(version) % 1296).toString(36).padStart(2, '0');

/**
 * The letter and counter behind vanilla-extract's hash (the file's hash followed by the counter),
 * e.g. `q4`. Throws for a stylesheet without a letter, or if vanilla-extract changes its hashing.
 */
export function classSuffix(hash: string, filePath: string, packageName = ''): string {
  const stylesheet = basename(filePath).replace(/\.css\.ts$/, '');
  const letter = stylesheetLetters[stylesheet];
  if (!letter) throw new Error(`scripts/class-names.ts: give ${filePath} a class-name letter in stylesheetLetters`);
  const fileScope = fileHash(`${packageName}${filePath}`);
  if (!hash.startsWith(fileScope)) throw new Error(`scripts/class-names.ts: vanilla-extract's class hash no longer starts with the file hash (${filePath})`);
  return letter + hash.slice(fileScope.length);
}

/** The `identifiers` option of the vanilla-extract plugin for the library build. */
export const libraryClassName =
  (version: string) =>
  ({ hash, filePath, packageName }: { hash: string; filePath: string; packageName?: string }): string =>
    `bh${versionTag(version)}${classSuffix(hash, filePath, packageName)}`;
