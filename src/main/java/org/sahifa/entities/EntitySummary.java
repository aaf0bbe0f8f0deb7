package org.sahifa.entities;

import java.time.Instant;
import java.util.List;

/**
 * An entity with its figures, as lists and details show it.
 *
 * @param entity    the entity
 * @param articles  how many articles mention it
 * @param mentions  how many times it is mentioned
 * @param firstSeen the publication date of the oldest dated article that mentions it, or {@code null}
 * @param lastSeen  the date of the newest one, or {@code null}
 * @param spellings every spelling, most used first
 */
public record EntitySummary(Entity entity, long articles, long mentions, Instant firstSeen, Instant lastSeen,
                            List<Spelling> spellings) {
}
