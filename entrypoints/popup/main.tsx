import { effect } from '@preact/signals';
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { askBackground } from '@/utils/messaging';
import { resolvePopupTabId } from '@/utils/ui/active-tab';
import { markAfterPaint, PERF } from '@/utils/ui/perf';
import { createPopupModel } from '@/utils/ui/popup-model';
import { t } from '@/utils/i18n';

const model = createPopupModel(askBackground);
document.documentElement.lang = navigator.language;
document.title = t('extName');
render(<PopupApp model={model} />, document.getElementById('app')!);
void resolvePopupTabId(location).then((tabId) => model.load(tabId));
effect(() => {
  if (model.recent.loaded.value) markAfterPaint(window, PERF.popupInteractive);
});
