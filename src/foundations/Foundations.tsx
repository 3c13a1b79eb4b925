import type { CSSProperties, ReactNode } from 'react';
import { baseTokens, cjkTypography } from '../tokens/base.js';
import { checkContrastPairs, contrastRatio } from '../tokens/contrast.js';
import { vars } from '../tokens/contract.css.js';
import { tokenVarName, walkTokens } from '../tokens/naming.js';
import { themes, type ThemeName } from '../tokens/themes.js';
import * as css from './Foundations.css.js';

// Everything on these pages is read from the token source: nothing is copied by hand.

const cssVar = (path: string[]) => `var(--${tokenVarName(path)})`;

function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <section className={css.page} aria-label={title}>
      <h2 className={css.subheading}>{title}</h2>
      {intro ? <p className={css.note}>{intro}</p> : null}
      {children}
    </section>
  );
}

export function ColourSwatches({ theme }: { theme: ThemeName }) {
  const swatches: Array<{ path: string[]; value: string }> = [];
  walkTokens(themes[theme].color, (path, value) => swatches.push({ path: ['color', ...path], value: String(value) }));
  const page = themes[theme].color.surface.page;
  return (
    <Section title={`Colour: ${theme}`} intro="Each semantic colour of the active theme, its CSS variable and its contrast against the page surface.">
      <ul className={css.swatchGrid}>
        {swatches.map(({ path, value }) => (
          <li key={path.join('.')} className={css.swatch}>
            <div className={css.chip} style={{ background: cssVar(path) }} />
            <strong>{path.slice(1).join('.')}</strong>
            <code className={css.code}>--{tokenVarName(path)}</code>
            <span className={css.code}>
              {value} · {contrastRatio(value, page).toFixed(2)}:1 on page
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ContrastPairs({ theme }: { theme: ThemeName }) {
  return (
    <Section title={`Contrast pairs: ${theme}`} intro="Every foreground/background pair the components use, with its WCAG 2.2 ratio and the minimum it must meet. The test suite fails if any pair falls short.">
      <table className={css.table}>
        <thead>
          <tr>
            <th className={css.cell} scope="col">Sample</th>
            <th className={css.cell} scope="col">Use</th>
            <th className={css.cell} scope="col">Ratio</th>
            <th className={css.cell} scope="col">Needs</th>
          </tr>
        </thead>
        <tbody>
          {checkContrastPairs(themes[theme]).map(({ pair, ratio }) => {
            const sample: CSSProperties = {
              color: cssVar(['color', ...pair.foreground.split('.')]),
              background: cssVar(['color', ...pair.background.split('.')]),
            };
            return (
              <tr key={`${pair.foreground}/${pair.background}`}>
                <td className={css.cell}>
                  {pair.minimum === 4.5 ? (
                    <div className={css.pairSample} style={sample}>
                      Aa 香港 公務員
                    </div>
                  ) : (
                    // Non-text pairs (borders, fills, focus) are shown as shapes, as they are used.
                    <div className={css.pairSample} style={{ background: sample.background }}>
                      <div className={css.chip} style={{ background: sample.color, blockSize: '1.5rem' }} />
                    </div>
                  )}
                </td>
                <td className={css.cell}>
                  {pair.use}
                  <br />
                  <code className={css.code}>
                    {pair.foreground} on {pair.background}
                  </code>
                </td>
                <td className={css.cell}>
                  <span className={ratio >= pair.minimum ? css.pass : css.fail}>{ratio.toFixed(2)}:1</span>
                </td>
                <td className={css.cell}>{pair.minimum}:1</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

const samples = [
  { lang: 'en', label: 'English', text: 'Civil Service Exchange Programme' },
  { lang: 'zh-Hant', label: '繁體中文', text: '公務員交流計劃：粵港澳大灣區' },
  { lang: 'zh-Hans', label: '简体中文', text: '公务员交流计划：粤港澳大湾区' },
] as const;

export function TypeScale() {
  const sizes = Object.entries(baseTokens.font.size) as Array<[keyof typeof baseTokens.font.size, string]>;
  return (
    <Section
      title="Type scale"
      intro={`Fluid sizes in three scripts. Inside :lang(zh) the body line height becomes ${cjkTypography.lineHeight.body} and kickers are neither uppercased nor tracked.`}
    >
      <table className={css.table}>
        <thead>
          <tr>
            <th className={css.cell} scope="col">Token</th>
            {samples.map((s) => (
              <th key={s.lang} className={css.cell} scope="col" lang={s.lang}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...sizes].reverse().map(([name, value]) => (
            <tr key={name}>
              <th className={css.cell} scope="row">
                {name}
                <br />
                <code className={css.code}>{value}</code>
              </th>
              {samples.map((s) => (
                <td key={s.lang} className={css.cell} lang={s.lang} style={{ fontSize: vars.font.size[name], lineHeight: vars.font.lineHeight.heading }}>
                  {s.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className={css.subheading}>Kicker treatment</h3>
      {samples.map((s) => (
        <p
          key={s.lang}
          lang={s.lang}
          style={{ textTransform: vars.font.kickerTransform as CSSProperties['textTransform'], letterSpacing: vars.font.letterSpacing.kicker, color: vars.color.text.accent, margin: 0 }}
        >
          {s.lang === 'en' ? 'Highlights' : s.lang === 'zh-Hant' ? '精選' : '精选'}
        </p>
      ))}
    </Section>
  );
}

export function Spacing() {
  const entries = Object.entries(baseTokens.space) as Array<[keyof typeof baseTokens.space, string]>;
  return (
    <Section title="Space" intro="The spacing scale used for gaps, padding and margins.">
      <table className={css.table}>
        <tbody>
          {entries.map(([name, value]) => (
            <tr key={name}>
              <th className={css.cell} scope="row">
                {name} <code className={css.code}>--{tokenVarName(['space', name])}: {value}</code>
              </th>
              <td className={css.cell}>
                <div className={css.spaceBar} style={{ inlineSize: vars.space[name] }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function Radius() {
  const entries = Object.entries(baseTokens.radius) as Array<[keyof typeof baseTokens.radius, string]>;
  return (
    <Section title="Radius" intro="Corner radii; pills for badges, round for avatars.">
      <ul className={css.swatchGrid}>
        {entries.map(([name, value]) => (
          <li key={name} className={css.swatch}>
            <div className={css.radiusBox} style={{ borderRadius: vars.radius[name] }} />
            <strong>{name}</strong>
            <code className={css.code}>
              --{tokenVarName(['radius', name])}: {value}
            </code>
          </li>
        ))}
      </ul>
    </Section>
  );
}
