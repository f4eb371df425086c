import type { MessageKey } from '@/utils/i18n';
import type { IntentTargetId } from '@/utils/share/intents';

/** The button label of each share target. */
export const TARGET_LABELS: Record<IntentTargetId, MessageKey> = {
  facebook: 'shareTargetFacebook',
  x: 'shareTargetX',
  reddit: 'shareTargetReddit',
  pinterest: 'shareTargetPinterest',
  email: 'shareTargetEmail',
  bluesky: 'shareTargetBluesky',
  mastodon: 'shareTargetMastodon',
  linkedin: 'shareTargetLinkedin',
  whatsapp: 'shareTargetWhatsapp',
  telegram: 'shareTargetTelegram',
};
