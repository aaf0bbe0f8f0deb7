/**
 * Main-text extraction from a linked article page, readability-style: drop what is never content, score the
 * blocks that hold the paragraphs, keep the best block (with its paragraph-rich siblings), and keep each
 * paragraph's {@code dir} and {@code lang}. Decides when the extracted text is clearly better than a feed's summary.
 */
package org.sahifa.ingest.feed.extract;
