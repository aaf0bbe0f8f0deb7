package org.sahifa.library;

import org.sahifa.store.Article;

/**
 * One search result.
 *
 * @param article the article
 * @param score   how well it matches (higher is better; comparable only within one search)
 * @param snippet a short plain-text passage around the first match
 */
public record SearchHit(Article article, double score, String snippet) {
}
