import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { NewsletterArticleContent } from '../../pages/NewsletterArticle.js';
import type { Locale } from '../../i18n/locale.js';
import { createThemeCss } from '../../tokens/themeCss.js';
import { themes, type ThemeName } from '../../tokens/themes.js';
import {
  buildPlaygroundTheme,
  checkPairs,
  defaultInput,
  formatOklch,
  formatRatio,
  hexToOklch,
  nearestAccessible,
  normaliseHex,
  selectorFor,
  type PlaygroundInput,
} from './colour.js';
import * as css from './ThemePlayground.css.js';

export interface ThemePlaygroundProps {
  /** The theme being re-branded; the preview and the contrast check start from it. @default 'default' */
  theme?: ThemeName;
  /** Language of the preview. @default 'en' */
  locale?: Locale;
}

const previewSelector = '[data-bh-playground-preview]';

interface ColourFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (hex: string) => void;
  /** A suggested replacement that passes, shown as a button while the colour fails. */
  fix?: string | undefined;
}

function ColourField({ label, hint, value, onChange, fix }: ColourFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow changes made elsewhere (picker, reset, fix) without fighting the user's typing.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const valid = normaliseHex(text) !== undefined;
  const onText = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const hex = normaliseHex(event.target.value);
    if (hex) {
      setShown(hex);
      onChange(hex);
    }
  };
  return (
    <div className={css.field}>
      <span className={css.label} id={`${id}-label`}>
        {label}
      </span>
      <div className={css.row}>
        <input
          id={`${id}-picker`}
          className={css.colourInput}
          type="color"
          value={value}
          aria-label={`${label}: colour picker`}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={`${id}-hex`}
          className={css.hexInput}
          type="text"
          inputMode="text"
          spellCheck={false}
          autoComplete="off"
          value={text}
          aria-label={`${label}: hex value`}
          aria-invalid={!valid}
          aria-describedby={`${id}-hint${valid ? '' : ` ${id}-error`}`}
          onChange={onText}
        />
        <span className={css.code}>{formatOklch(hexToOklch(value))}</span>
      </div>
      <p className={css.hint} id={`${id}-hint`}>
        {hint}
      </p>
      {valid ? null : (
        <p className={css.error} id={`${id}-error`}>
          Enter a colour as #rrggbb (for example #0b4f6c).
        </p>
      )}
      {fix ? (
        <div className={css.row}>
          <button type="button" className={css.secondaryButton} onClick={() => onChange(fix)}>
            Use the nearest accessible shade ({fix})
          </button>
        </div>
      ) : null}
    </div>
  );
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A designer's tool, for Storybook only: pick brand and accent colours, radius and type scale, see
 * the newsletter re-render, check every affected contrast pair and copy the overrides.
 */
export function ThemePlayground({ theme = 'default', locale = 'en' }: ThemePlaygroundProps) {
  const id = useId();
  const [input, setInput] = useState<PlaygroundInput>(() => defaultInput(theme));
  const [copyMessage, setCopyMessage] = useState('');
  const base = themes[theme];
  const result = useMemo(() => buildPlaygroundTheme(input, theme), [input, theme]);
  const checks = useMemo(() => checkPairs(result.theme), [result]);
  const failing = checks.filter((r) => !r.passes);
  const affected = checks.filter((r) => !r.passes || result.changed.has(r.pair.foreground) || result.changed.has(r.pair.background));
  const hasOverrides = Object.keys(result.overrides).length > 0;
  const previewCss = hasOverrides ? createThemeCss(result.overrides, { selector: previewSelector }) : '';
  const cssText = hasOverrides
    ? createThemeCss(result.overrides, { selector: selectorFor(theme) })
    : `/* Nothing changed yet: the ${theme} theme as shipped. */`;
  const jsonText = JSON.stringify(result.overrides, null, 2);

  const page = base.color.surface.page;
  const brandFix = nearestAccessible(nearestAccessible(input.brand, page), base.color.surface.subtle);
  const accentFix = nearestAccessible(input.accent, page, 3);
  const set = (patch: Partial<PlaygroundInput>) => setInput((current) => ({ ...current, ...patch }));

  const copy = async (text: string, what: string) => {
    const ok = await writeClipboard(text);
    setCopyMessage(ok ? `${what} copied to the clipboard.` : `The clipboard is not available here: select the ${what} in the box below and copy it.`);
  };

  return (
    <div className={css.root} lang="en">
      <div className={css.intro}>
        <h1 className={css.title}>Theme playground</h1>
        <p className={css.muted}>
          Re-brand the <strong>{theme}</strong> theme (switch themes with the Theme toolbar, languages with the Language
          toolbar). The preview re-renders as you go; every contrast pair your changes touch is checked against WCAG 2.2 AA.
          Nothing leaves your browser.
        </p>
      </div>

      <div className={css.panel}>
        <fieldset className={css.fieldset}>
          <legend className={css.legend}>Brand</legend>
          <ColourField
            label="Brand colour"
            hint="Links, focus ring, monogram, primary surfaces."
            value={input.brand}
            onChange={(brand) => set({ brand })}
            fix={brandFix !== input.brand ? brandFix : undefined}
          />
          <ColourField
            label="Accent colour"
            hint="Kicker, quotation mark, accent rule, current partner badge."
            value={input.accent}
            onChange={(accent) => set({ accent })}
            fix={accentFix !== input.accent ? accentFix : undefined}
          />
          <div className={css.field}>
            <label className={css.label} htmlFor={`${id}-radius`}>
              Corner radius scale
            </label>
            <input
              id={`${id}-radius`}
              className={css.range}
              type="range"
              min={0}
              max={3}
              step={0.25}
              value={input.radiusScale}
              aria-describedby={`${id}-radius-value`}
              onChange={(event) => set({ radiusScale: Number(event.target.value) })}
            />
            <output className={css.hint} id={`${id}-radius-value`} htmlFor={`${id}-radius`}>
              ×{input.radiusScale.toFixed(2)} {input.radiusScale === 0 ? '(square corners)' : ''}
            </output>
          </div>
          <div className={css.field}>
            <label className={css.label} htmlFor={`${id}-type`}>
              Type scale
            </label>
            <input
              id={`${id}-type`}
              className={css.range}
              type="range"
              min={0.875}
              max={1.25}
              step={0.025}
              value={input.typeScale}
              aria-describedby={`${id}-type-value`}
              onChange={(event) => set({ typeScale: Number(event.target.value) })}
            />
            <output className={css.hint} id={`${id}-type-value`} htmlFor={`${id}-type`}>
              ×{input.typeScale.toFixed(3)} of every font size
            </output>
          </div>
          <div className={css.row}>
            <button type="button" className={css.secondaryButton} onClick={() => setInput(defaultInput(theme))}>
              Reset to the {theme} theme
            </button>
          </div>
        </fieldset>

        <section className={css.field} aria-labelledby={`${id}-contrast`}>
          <h2 className={css.heading} id={`${id}-contrast`}>
            Contrast
          </h2>
          <p className={`${css.summary} ${failing.length ? css.summaryFail : ''}`} role="status">
            {failing.length
              ? `Warning: ${failing.length} of ${checks.length} contrast pairs are below WCAG AA.`
              : `All ${checks.length} contrast pairs meet WCAG AA.`}
          </p>
          {affected.length ? (
            <table className={css.table}>
              <caption className={css.hint}>Pairs your changes affect</caption>
              <thead>
                <tr>
                  <th className={css.cell} scope="col">Sample</th>
                  <th className={css.cell} scope="col">Pair</th>
                  <th className={css.cell} scope="col">Ratio</th>
                  <th className={css.cell} scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {affected.map(({ pair, foreground, background, ratio, passes }) => (
                  <tr key={`${pair.foreground}|${pair.background}`}>
                    <td className={css.cell}>
                      <span className={css.sample} style={{ background }} aria-hidden="true">
                        <span className={css.sampleMark} style={{ background: foreground }} />
                      </span>
                    </td>
                    <td className={css.cell}>
                      {pair.use}
                      <br />
                      <span className={css.code}>
                        {pair.foreground} {foreground} on {pair.background} {background}
                      </span>
                    </td>
                    <td className={css.cell}>{formatRatio(ratio)}</td>
                    <td className={css.cell}>
                      {passes ? (
                        <span className={css.pass}>Pass (needs {pair.minimum}:1)</span>
                      ) : (
                        <span className={css.fail}>⚠ Below AA: needs {pair.minimum}:1</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className={css.hint}>No colour changed yet.</p>
          )}
        </section>

        <section className={css.field} aria-labelledby={`${id}-export`}>
          <h2 className={css.heading} id={`${id}-export`}>
            Copy your theme
          </h2>
          <div className={css.row}>
            <button type="button" className={css.button} onClick={() => void copy(cssText, 'CSS')}>
              Copy CSS
            </button>
            <button type="button" className={css.button} onClick={() => void copy(jsonText, 'tokens JSON')}>
              Copy tokens JSON
            </button>
          </div>
          <p className={css.hint} role="status">
            {copyMessage}
          </p>
          <label className={css.label} htmlFor={`${id}-css`}>
            CSS overrides (paste after <code className={css.code}>bauhinia-ui/styles.css</code>)
          </label>
          <textarea id={`${id}-css`} className={css.output} readOnly value={cssText} onFocus={(e) => e.currentTarget.select()} />
          <label className={css.label} htmlFor={`${id}-json`}>
            Tokens JSON (pass to <code className={css.code}>createThemeCss</code> from <code className={css.code}>bauhinia-ui/tokens</code>)
          </label>
          <textarea id={`${id}-json`} className={css.output} readOnly value={jsonText} onFocus={(e) => e.currentTarget.select()} />
        </section>
      </div>

      <section className={css.preview} aria-labelledby={`${id}-preview`}>
        <h2 className={css.heading} id={`${id}-preview`}>
          Preview
        </h2>
        <div className={css.previewFrame} data-bh-playground-preview="" data-theme={theme}>
          {previewCss ? <style>{previewCss}</style> : null}
          <NewsletterArticleContent locale={locale} />
        </div>
      </section>
    </div>
  );
}
