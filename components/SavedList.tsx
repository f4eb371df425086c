import type { SavedItem } from '@/utils/library/types';
import { t } from '@/utils/i18n';

/** The reading list's most recent items. */
export function SavedList({ items }: { items: SavedItem[] }) {
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('popupReadingList')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('popupNothingSaved')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.url}>
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.title}
              </a>
              {item.siteName && <span class="site"> · {item.siteName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
