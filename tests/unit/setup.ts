// IndexedDB for the library tests; WxtVitest supplies fakeBrowser for `browser.*`.
import 'fake-indexeddb/auto';
