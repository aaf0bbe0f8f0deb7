package org.sahifa.entities;

/**
 * An entity of the library.
 *
 * @param id   its identifier in the library (stable unless merged into another)
 * @param type person, place or organisation
 * @param name its canonical name
 */
public record Entity(long id, EntityType type, String name) {
}
