/**
 * The shaping conformance check: every word of a large Arabic test set is drawn through Sahifa's own text path
 * (the reader's line layout and the labels of the controls) and compared, pixel by pixel after aligning the ink,
 * with HarfBuzz's rendering of the same text in the same font file at the same size ({@code pango-view}). A word
 * whose drawing loses or adds a stroke the size of a dot or more is a mismatch; the report with the images of
 * every mismatch is written under {@code target/shaping/}. See {@code docs/shaping.md}.
 */
package org.sahifa.ui.shaping;
