/**
 * Arabic text engine: everything Sahifa does with words for matching. No JavaFX, no storage, nothing else of
 * Sahifa; ICU4J and Lucene only.
 * <ul>
 * <li>{@link org.sahifa.text.ArabicNormalizer} — script normalisation (alef and hamza forms, ى/ي, ة/ه, tatweel,
 *     diacritics, Persian/Urdu/Kurdish letters, presentation forms, digits, bidi marks, Latin case) with an
 *     offset map back to the original ({@link org.sahifa.text.NormalizedText});</li>
 * <li>{@link org.sahifa.text.ArabicTokenizer} and {@link org.sahifa.text.WordSegmenter} — ICU word segmentation,
 *     spans in the original text;</li>
 * <li>{@link org.sahifa.text.LightStemmer} — clitic-aware light stemming that never stems a name of the
 *     {@link org.sahifa.text.NameLexicon};</li>
 * <li>{@link org.sahifa.text.NameKey} and {@link org.sahifa.text.NameMatcher} — spelling variants of
 *     transliterated names (كراباخ / قره باغ / Karabakh) kept apart from different names (بوتين / بوتان), with
 *     the consonant alternations of {@link org.sahifa.text.SpellingAlternations} learned from name pairs and
 *     what the bilingual lists show ({@link org.sahifa.text.ListedNames}: exonyms, names listed apart);</li>
 * <li>{@link org.sahifa.text.ArabicGivenNames}, {@link org.sahifa.text.ArabicStopwords} — bundled word lists.</li>
 * </ul>
 * The Lucene analyzers built on these live in {@code org.sahifa.text.analysis}. See docs/arabic-text.md.
 */
package org.sahifa.text;
