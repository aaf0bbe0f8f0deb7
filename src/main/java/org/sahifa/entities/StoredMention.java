package org.sahifa.entities;

/**
 * A mention stored for an article, for highlighting and navigation.
 *
 * @param articleId the article
 * @param inTitle   true for the title, false for the body text
 * @param start     UTF-16 offset into the title or {@code Article.bodyText()}
 * @param end       UTF-16 end offset
 * @param text      the text as written
 * @param entity    the entity it belongs to
 */
public record StoredMention(long articleId, boolean inTitle, int start, int end, String text, Entity entity) {
}
