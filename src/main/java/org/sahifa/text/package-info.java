/**
 * Arabic text engine: the normaliser (with an offset map back to the original text), the ICU word tokeniser, the light stemmer, name keys for spelling variants of transliterated names, and the Lucene analyzers built on them. No JavaFX, no storage.
 */
package org.sahifa.text;
