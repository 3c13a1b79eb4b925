import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { NewsletterArticleContent } from '../../pages/NewsletterArticle.js';
import type { Locale } from '../../i18n/locale.js';
import { createThemeCss } from '../../theming/themeCss.js';
import { ThemeStyle } from '../../theming/ThemeStyle.js';
import { checkContrastPairs } from '../../tokens/contrast.js';
import { themeNames, themes, type ThemeName } from '../../tokens/themes.js';
import { formatOklch, formatRatio, hexOf, initialInput, playgroundTheme, type PlaygroundInput } from './playgroundTheme.js';
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
  const valid = hexOf(text) !== undefined;
  const onText = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    if (hexOf(event.target.value)) {
      setShown(event.target.value);
      onChange(event.target.value);
    }
  };
  const hex = hexOf(value) ?? '#000000';
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
          value={hex}
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
          aria-label={`${label}: CSS colour`}
          aria-invalid={!valid}
          aria-describedby={`${id}-hint${valid ? '' : ` ${id}-error`}`}
          onChange={onText}
        />
        <span className={css.code}>{formatOklch(hex)}</span>
      </div>
      <p className={css.hint} id={`${id}-hint`}>
        {hint}
      </p>
      {valid ? null : (
        <p className={css.error} id={`${id}-error`}>
          Enter a CSS colour: #006a4e, rgb(0 106 78), oklch(47% 0.1 165) or a colour name.
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
 * A designer's tool, for Storybook only: pick a brand and an accent colour, radius and type scale, see
 * the newsletter re-render in the toolbar's theme, check every contrast pair of every theme and copy
 * the CSS. The colours of every theme come from `createBrandTheme`, the CSS from `createThemeCss`:
 * what is copied is what those give a site.
 */
export function ThemePlayground({ theme = 'default', locale = 'en' }: ThemePlaygroundProps) {
  const id = useId();
  const [input, setInput] = useState<PlaygroundInput>(initialInput);
  const [copyMessage, setCopyMessage] = useState('');
  const result = useMemo(() => playgroundTheme(input), [input]);
  const checks = result.brand?.contrast ?? Object.fromEntries(themeNames.map((name) => [name, checkContrastPairs(themes[name])]));
  const failing = themeNames.flatMap((name) => checks[name]!.filter((check) => !check.passes).map((check) => ({ ...check, theme: name })));
  const changed = new Set(Object.entries(result.brand?.themes[theme].color ?? {}).flatMap(([group, values]) => Object.keys(values ?? {}).map((key) => `${group}.${key}`)));
  const shown = checks[theme]!.filter((check) => !check.passes || changed.has(check.pair.foreground) || changed.has(check.pair.background));
  const previewCss = result.themeSet ? createThemeCss(result.themeSet, { selector: previewSelector }) : undefined;
  const cssText = result.css ?? '/* Nothing changed yet: the themes as shipped. */';
  const set = (patch: Partial<PlaygroundInput>) => setInput((current) => ({ ...current, ...patch }));
  const nearest = result.nearest;

  const copy = async (text: string, what: string) => {
    const ok = await writeClipboard(text);
    setCopyMessage(ok ? `${what} copied to the clipboard.` : `The clipboard is not available here: select the ${what} in the box below and copy it.`);
  };

  return (
    <div className={css.root} lang="en">
      <div className={css.intro}>
        <h1 className={css.title}>Theme playground</h1>
        <p className={css.muted}>
          Pick a brand colour: <code className={css.code}>createBrandTheme</code> derives its shades for every theme
          (the preview shows the <strong>{theme}</strong> theme: switch with the Theme toolbar, languages with the
          Language toolbar) and every contrast pair of every theme is checked against WCAG 2.2 AA. Nothing leaves your
          browser.
        </p>
      </div>

      <div className={css.panel}>
        <fieldset className={css.fieldset}>
          <legend className={css.legend}>Brand</legend>
          <ColourField
            label="Brand colour"
            hint="Links, focus ring, info accents, monogram, primary fills."
            value={input.primary}
            onChange={(primary) => set({ primary })}
            fix={nearest && nearest.primary !== hexOf(input.primary) ? nearest.primary : undefined}
          />
          <ColourField
            label="Accent colour"
            hint="Kicker, quotation mark, accent rules, current partner badge."
            value={input.accent}
            onChange={(accent) => set({ accent })}
            fix={nearest && nearest.accent !== hexOf(input.accent) ? nearest.accent : undefined}
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
            <button type="button" className={css.secondaryButton} onClick={() => setInput(initialInput)}>
              Reset to the themes as shipped
            </button>
          </div>
        </fieldset>

        <section className={css.field} aria-labelledby={`${id}-contrast`}>
          <h2 className={css.heading} id={`${id}-contrast`}>
            Contrast
          </h2>
          <p className={`${css.summary} ${failing.length ? css.summaryFail : ''}`} role="status">
            {failing.length
              ? `Warning: ${failing.length} contrast pairs are below WCAG AA (${[...new Set(failing.map((f) => f.theme))].join(', ')}).`
              : `All contrast pairs meet WCAG AA in ${themeNames.join(', ')}.`}
          </p>
          {shown.length ? (
            <table className={css.table}>
              <caption className={css.hint}>Pairs the brand changes in the {theme} theme</caption>
              <thead>
                <tr>
                  <th className={css.cell} scope="col">Sample</th>
                  <th className={css.cell} scope="col">Pair</th>
                  <th className={css.cell} scope="col">Ratio</th>
                  <th className={css.cell} scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ pair, foreground, background, ratio, passes }) => (
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
            <button type="button" className={css.button} onClick={() => void copy(result.code, 'TypeScript')}>
              Copy TypeScript
            </button>
          </div>
          <p className={css.hint} role="status">
            {copyMessage}
          </p>
          <label className={css.label} htmlFor={`${id}-css`}>
            CSS (load it after <code className={css.code}>bauhinia-ui/styles.css</code>, or render it with{' '}
            <code className={css.code}>ThemeStyle</code>)
          </label>
          <textarea id={`${id}-css`} className={css.output} readOnly value={cssText} onFocus={(e) => e.currentTarget.select()} />
          <label className={css.label} htmlFor={`${id}-code`}>
            TypeScript (the same CSS, from <code className={css.code}>bauhinia-ui/tokens</code>)
          </label>
          <textarea id={`${id}-code`} className={css.output} readOnly value={result.code} onFocus={(e) => e.currentTarget.select()} />
        </section>
      </div>

      <section className={css.preview} aria-labelledby={`${id}-preview`}>
        <h2 className={css.heading} id={`${id}-preview`}>
          Preview
        </h2>
        <div className={css.previewFrame} data-bh-playground-preview="" data-theme={theme}>
          {previewCss ? <ThemeStyle css={previewCss} /> : null}
          <NewsletterArticleContent locale={locale} />
        </div>
      </section>
    </div>
  );
}
