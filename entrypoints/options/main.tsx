import { render } from 'preact';
import { SettingsForm } from '@/components/SettingsForm';
import { t } from '@/utils/i18n';
import { createSettingsModel } from '@/utils/ui/settings-model';

const model = createSettingsModel();
document.documentElement.lang = navigator.language;
document.title = t('settingsTitle');
render(<SettingsForm model={model} />, document.getElementById('app')!);
void model.load();
