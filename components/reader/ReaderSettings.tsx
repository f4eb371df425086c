import type { ReaderPrefs } from '@/utils/storage/items';
import type { ReaderModel } from '@/utils/ui/reader-model';
import { t, type MessageKey } from '@/utils/i18n';

const WIDTHS: [ReaderPrefs['width'], MessageKey][] = [
  ['narrow', 'readerWidthNarrow'],
  ['medium', 'readerWidthMedium'],
  ['wide', 'readerWidthWide'],
];
const THEMES: [ReaderPrefs['theme'], MessageKey][] = [
  ['system', 'readerThemeSystem'],
  ['light', 'readerThemeLight'],
  ['sepia', 'readerThemeSepia'],
  ['dark', 'readerThemeDark'],
];

/** Typography: text size, line width, colours and typeface; kept for every reader page. */
export function ReaderSettings({ model }: { model: ReaderModel }) {
  const p = model.prefs.value;
  return (
    <details class="settings">
      <summary>{t('readerSettings')}</summary>
      <div class="settings-body">
        <label>
          {t('readerFontSize')}
          <input type="range" min={14} max={28} step={1} value={p.fontSize} onInput={(e) => void model.setPrefs({ fontSize: Number(e.currentTarget.value) })} />
          <output>{p.fontSize}px</output>
        </label>
        <fieldset>
          <legend>{t('readerWidth')}</legend>
          {WIDTHS.map(([value, key]) => (
            <label key={value} class="check">
              <input type="radio" name="reader-width" checked={p.width === value} onChange={() => void model.setPrefs({ width: value })} />
              {t(key)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('readerTheme')}</legend>
          {THEMES.map(([value, key]) => (
            <label key={value} class="check">
              <input type="radio" name="reader-theme" checked={p.theme === value} onChange={() => void model.setPrefs({ theme: value })} />
              {t(key)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('readerFont')}</legend>
          <label class="check">
            <input type="radio" name="reader-font" checked={p.font === 'serif'} onChange={() => void model.setPrefs({ font: 'serif' })} />
            {t('readerFontSerif')}
          </label>
          <label class="check">
            <input type="radio" name="reader-font" checked={p.font === 'sans'} onChange={() => void model.setPrefs({ font: 'sans' })} />
            {t('readerFontSans')}
          </label>
        </fieldset>
      </div>
    </details>
  );
}
