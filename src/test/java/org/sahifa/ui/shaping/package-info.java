/**
 * The shaping conformance check: every word of a large Arabic test set is drawn through Sahifa's own text path
 * (the reader's line layout and the labels of the controls) and compared, pixel by pixel after aligning the ink,
 * with HarfBuzz's rendering of the same text in the same font file at the same size ({@code pango-view}); text
 * below 19 px at twice the output scale too. A word whose drawing loses or adds a stroke the size of a dot or more
 * is a mismatch, and so is one whose glyph runs (JavaFX's, read from its text layout) differ from HarfBuzz's
 * ({@code hb-shape}) in a glyph, an advance or an offset; the report with the images of every mismatch is written
 * under {@code target/shaping/}. See {@code docs/shaping.md}.
 */
package org.sahifa.ui.shaping;
