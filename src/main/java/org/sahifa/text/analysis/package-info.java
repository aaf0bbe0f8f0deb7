/**
 * The Lucene side of the text engine: a tokenizer on ICU word boundaries that emits normalised words with
 * offsets into the original text, the light-stem and name-key filters, the three analyzers the search index
 * uses ({@link org.sahifa.text.analysis.ArabicSearchAnalyzers}), and {@link org.sahifa.text.analysis.NameVariants},
 * which finds the spellings of a name present in an index.
 */
package org.sahifa.text.analysis;
