package org.sahifa.entities;

/**
 * One form of an entity's name as the library's articles write it (one normalised spelling: قره باغ and قرة باغ
 * are one form), with in how many articles and how many times it is written so.
 *
 * @param text     the written form (the first seen; without clitics and diacritics)
 * @param articles how many articles write it
 * @param mentions how many times it is written
 */
public record NameForm(String text, long articles, long mentions) {
}
