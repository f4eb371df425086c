import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** Splits what was typed into tags: commas separate several. */
export const tagsTyped = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * A text box that suggests existing tags as you type (a `<datalist>`, which browsers present as
 * an accessible autocomplete) and creates new ones inline: Enter or the button adds what was typed.
 */
export function TagInput({ id, label, suggestions, onAdd, buttonLabel }: { id: string; label: string; suggestions: readonly string[]; onAdd(tags: string[]): void; buttonLabel?: string }) {
  const [value, setValue] = useState('');
  const add = () => {
    const tags = tagsTyped(value);
    if (tags.length) onAdd(tags);
    setValue('');
  };
  return (
    <div class="tag-input">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-options`}
        autoComplete="off"
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <datalist id={`${id}-options`}>
        {suggestions.slice(0, 300).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="button" onClick={add}>
        {buttonLabel ?? t('libraryAddTag')}
      </button>
    </div>
  );
}
