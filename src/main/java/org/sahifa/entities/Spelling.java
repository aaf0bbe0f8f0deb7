package org.sahifa.entities;

/**
 * One spelling of an entity.
 *
 * @param text       the written form (without clitics and diacritics)
 * @param normalized its normalised form (what matching uses)
 * @param mentions   how many times the library's articles write it so
 */
public record Spelling(String text, String normalized, long mentions) {
}
