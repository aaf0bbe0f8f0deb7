/**
 * Sahifa's own paragraph layout, because JavaFX's wrapping breaks right-to-left text on Linux (see
 * {@code docs/decisions/0082-own-paragraph-layout.md}): {@link org.sahifa.ui.layout.LineBreaker} finds line breaks
 * with ICU's line break iterator and widths measured by a non-wrapping {@code Text} of the bundled font
 * ({@link org.sahifa.ui.layout.FxTextMeasurer}); {@link org.sahifa.ui.layout.ArticleTextView} draws one
 * non-wrapping {@code Text} per line aligned to the paragraph's reading side, with selection, copying, search
 * highlights and links.
 */
package org.sahifa.ui.layout;
