import { effect } from '@preact/signals';
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { askBackground } from '@/utils/messaging';
import { resolvePopupTabId } from '@/utils/ui/active-tab';
import { markAfterPaint, PERF } from '@/utils/ui/perf';
import { createPopupModel } from '@/utils/ui/popup-model';
import { createRelatedModel } from '@/utils/ui/related-model';
import { createSummaryModel } from '@/utils/ui/summary-model';
import { watchRelatedRun } from '@/utils/related/watch-run';
import { t } from '@/utils/i18n';

const model = createPopupModel(askBackground);
const summary = createSummaryModel(model.article);
const related = createRelatedModel(askBackground, watchRelatedRun);
document.documentElement.lang = navigator.language;
document.title = t('extName');
const stopSummary = summary.start();
render(<PopupApp model={model} summary={summary} related={related} />, document.getElementById('app')!);
// Related pieces start once the article is extracted: the background reuses that extraction.
void resolvePopupTabId(location).then(async (tabId) => {
  await model.load(tabId);
  await related.load(tabId);
});
addEventListener('pagehide', () => {
  stopSummary();
  related.dispose();
});
effect(() => {
  if (model.recent.loaded.value) markAfterPaint(window, PERF.popupInteractive);
});
// A related piece saved from the popup joins its recent list.
effect(() => {
  if (Object.values(related.saves.value).includes('saved')) void model.recent.load();
});
