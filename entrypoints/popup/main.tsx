import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { PopupApp, type PopupFeatures } from '@/components/PopupApp';
import { askBackground } from '@/utils/messaging';
import { resolvePopupTabId } from '@/utils/ui/active-tab';
import { afterPaint, PERF } from '@/utils/ui/perf';
import { createPopupModel } from '@/utils/ui/popup-model';
import { t } from '@/utils/i18n';

const model = createPopupModel(askBackground);
void model.prefetchRecent();
const features = signal<PopupFeatures | null>(null);
document.documentElement.lang = navigator.language;
document.title = t('extName');

function Popup() {
  return <PopupApp model={model} features={features.value} />;
}
render(<Popup />, document.getElementById('app')!);

const tabLoaded = resolvePopupTabId(location).then(async (tabId) => {
  await model.load(tabId);
  return tabId;
});
const firstScreen = new Promise<void>((resolve) => {
  effect(() => {
    if (!model.recent.loaded.value) return;
    void afterPaint(window).then(() => {
      performance.mark(PERF.popupInteractive);
      resolve();
    });
  });
});

// Summary, share and related pieces load once the first screen has painted, when the page is
// idle: compiling their code must not hold up that paint.
void firstScreen
  .then(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 100 })))
  .then(() => import('./features'))
  .then(({ createPopupFeatures }) => {
    const loaded = createPopupFeatures(model);
    features.value = loaded.features;
    addEventListener('pagehide', () => loaded.dispose());
    // Related pieces start once the article is extracted: the background reuses that extraction.
    return tabLoaded.then((tabId) => loaded.related.load(tabId));
  });
