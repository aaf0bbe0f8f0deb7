package org.sahifa.entities;

/**
 * One form of an entity's name as the library writes it, for the entity page.
 *
 * @param text     the written form (without clitics and diacritics)
 * @param articles how many articles write it so
 * @param mentions how many times the articles write it so
 */
public record NameForm(String text, long articles, long mentions) {
}
