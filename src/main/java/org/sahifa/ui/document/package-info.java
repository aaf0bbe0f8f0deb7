/**
 * The sanitised document model the reader draws: an article body becomes a list of blocks (headings,
 * paragraphs, quotes, list items, images from the local cache), each paragraph with its own base direction found
 * by ICU's bidi algorithm and its links as character spans. Built from {@code bodyHtml} with jsoup and a fixed
 * whitelist ({@link org.sahifa.ui.document.HtmlDocumentBuilder}), or from {@code bodyText}
 * ({@link org.sahifa.ui.document.TextDocumentBuilder}). No JavaFX here: the model is tested without a toolkit.
 */
package org.sahifa.ui.document;
