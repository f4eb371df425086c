import { readFirstLook } from '@/utils/library/first-look';
import { LIBRARY_FIRST_ROWS, peekLibrary } from '@/utils/library/peek';

// The first rows are read while the rest of the page's code loads, so the two overlap: from the
// first-look copy in storage.local when there is one (fast), else from IndexedDB.
const firstLook = readFirstLook().then((copy) => copy ?? peekLibrary(indexedDB, LIBRARY_FIRST_ROWS));
void import('./app').then(({ startLibraryPage }) => startLibraryPage(firstLook));
