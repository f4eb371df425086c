import { defineBackground } from 'wxt/utils/define-background';
import { registerLibraryHandlers } from '@/utils/library/handlers';
import { registerRelatedHandlers } from '@/utils/related/handlers';
import { registerTabHandlers } from '@/utils/tabs/handlers';

/** Wiring only: every handler lives in `utils/<domain>/handlers.ts`. */
export default defineBackground(() => {
  registerTabHandlers();
  registerLibraryHandlers();
  registerRelatedHandlers();
});
