import { takeFirstLookRead, type FirstLookHost } from '@/utils/library/first-look-raw';
import { LIBRARY_FIRST_ROWS, peekLibrary } from '@/utils/library/peek';
import { startLibraryPage } from './app';

// The first rows: from the read `library-early.js` started while this code was being fetched
// (the first-look copy in storage.local), else from IndexedDB.
const firstLook = takeFirstLookRead(globalThis as FirstLookHost).then((copy) => copy ?? peekLibrary(indexedDB, LIBRARY_FIRST_ROWS));
startLibraryPage(firstLook);
