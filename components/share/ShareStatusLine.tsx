import type { Signal } from '@preact/signals';
import { t } from '@/utils/i18n';
import type { ShareStatus } from '@/utils/ui/share-model';

/** The share control's polite live region; always rendered so screen readers announce changes. */
export function ShareStatusLine({ status }: { status: Signal<ShareStatus | null> }) {
  const s = status.value;
  return (
    <p class={s?.error ? 'share-status error' : 'share-status'} role="status" aria-live="polite">
      {s ? t(s.key, s.subs) : ''}
    </p>
  );
}
