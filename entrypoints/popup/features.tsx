import { effect } from '@preact/signals';
import type { PopupFeatures } from '@/components/PopupApp';
import { RelatedPanel } from '@/components/RelatedPanel';
import { ShareControl } from '@/components/ShareControl';
import { SummaryPanel } from '@/components/SummaryPanel';
import { askBackground } from '@/utils/messaging';
import { watchRelatedRun } from '@/utils/related/watch-run';
import type { PopupModel } from '@/utils/ui/popup-model';
import { createRelatedModel, type RelatedModel } from '@/utils/ui/related-model';
import { popupShareable } from '@/utils/ui/share-model';
import { createSummaryModel } from '@/utils/ui/summary-model';

/**
 * Creates the popup's summary, share and related parts for `model`, with their models started.
 * `dispose` stops them when the popup closes.
 */
export function createPopupFeatures(model: PopupModel): { features: PopupFeatures; related: RelatedModel; dispose(): void } {
  const summary = createSummaryModel(model.article);
  const related = createRelatedModel(askBackground, watchRelatedRun);
  const stopSummary = summary.start();
  // A related piece saved from the popup joins its recent list.
  const stopSaves = effect(() => {
    if (Object.values(related.saves.value).includes('saved')) void model.recent.load();
  });
  const features: PopupFeatures = {
    summary,
    Summary: () => <SummaryPanel model={model} summary={summary} />,
    Share: () => <ShareControl item={popupShareable(model, summary.summary.value)} />,
    Related: () => <RelatedPanel model={related} />,
  };
  return {
    features,
    related,
    dispose() {
      stopSummary();
      stopSaves();
      related.dispose();
    },
  };
}
