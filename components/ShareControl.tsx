import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { browserShareEnv } from '@/utils/share/env';
import type { Shareable } from '@/utils/share/shareable';
import { createShareModel, type ShareModel } from '@/utils/ui/share-model';
import { SharePanel } from './share/SharePanel';
import { ShareStatusLine } from './share/ShareStatusLine';
import './share/share.css';

let nextId = 0;

/**
 * The Share button: a disclosure that opens the share panel for `item` (the popup's article, or
 * a saved item). Escape closes the panel and returns focus to the button. Pass `model` to share
 * state with other controls or to test with a fake environment.
 */
export function ShareControl({ item, model: given }: { item: Shareable | null; model?: ShareModel }) {
  const model = useMemo(() => given ?? createShareModel(browserShareEnv(window)), [given]);
  const id = useMemo(() => `share-panel-${++nextId}`, []);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => void model.load(), [model]);

  const open = model.open.value && item !== null;
  return (
    <div
      class="share"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && model.open.value) {
          e.preventDefault();
          e.stopPropagation();
          model.close();
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="share-toggle"
        aria-expanded={open}
        aria-controls={id}
        disabled={item === null}
        title={item === null ? t('shareNothing') : undefined}
        onClick={() => model.toggle()}
      >
        {t('shareButton')}
      </button>
      {open && item && <SharePanel model={model} item={item} id={id} />}
      <ShareStatusLine status={model.status} />
    </div>
  );
}
