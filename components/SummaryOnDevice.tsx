import type { SummaryModel } from '@/utils/ui/summary-model';
import { t } from '@/utils/i18n';

/**
 * The on-device model's part of the summary: the button that starts a model download (a download
 * needs a click), the download's progress bar, and short notes while it works or when it failed.
 * Nothing shows while the setting is off or the browser has no model.
 */
export function SummaryOnDevice({ summary }: { summary: SummaryModel }) {
  const { state, progress } = summary;
  switch (state.value) {
    case 'needs-gesture':
      return (
        <div class="summary-ai">
          <button type="button" aria-describedby="summary-ai-help" onClick={() => summary.summariseWithGesture()}>
            {t('summaryOnDeviceButton')}
          </button>
          <p id="summary-ai-help" class="muted">
            {t('summaryOnDeviceButtonHelp')}
          </p>
        </div>
      );
    case 'downloading':
      return (
        <div class="summary-ai">
          <label for="summary-progress">{t('summaryOnDeviceDownloading')}</label>
          <progress id="summary-progress" max={1} value={progress.value ?? undefined} />
        </div>
      );
    case 'summarising':
      return <p class="muted summary-ai">{t('summaryOnDeviceWorking')}</p>;
    case 'failed':
      return <p class="muted summary-ai">{t('summaryOnDeviceFailed')}</p>;
    default:
      return null;
  }
}
