import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { libraryDb } from '@/utils/library/db';
import { createSanitizer } from '@/utils/library/sanitize';
import { t } from '@/utils/i18n';
import { createReaderModel } from '@/utils/ui/reader-model';

const model = createReaderModel(libraryDb(), window);
const sanitize = createSanitizer(window);
document.documentElement.lang = navigator.language;
document.title = t('readerTitle');
model.followDocument(document);
render(<ReaderApp model={model} sanitize={sanitize} />, document.getElementById('app')!);
void model.load(new URLSearchParams(location.search).get('url'));
