package org.sahifa.entities;

/**
 * An entity named in the same articles as another.
 *
 * @param entity   the other entity
 * @param articles in how many articles both appear
 */
public record CoMention(Entity entity, long articles) {
}
