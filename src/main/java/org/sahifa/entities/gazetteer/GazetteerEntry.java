package org.sahifa.entities.gazetteer;

import org.sahifa.entities.EntityType;

/**
 * One known entity: its type, its canonical name and where it comes from.
 *
 * @param type      person, place or organisation
 * @param canonical the name it is shown and grouped under
 * @param source    the list it comes from
 */
public record GazetteerEntry(EntityType type, String canonical, Source source) {

    /** Where an entry comes from, most trusted first. */
    public enum Source {
        /** Sahifa's own curated lists (leaders, officials, regions, capitals, spelling variants). */
        CURATED,
        /** ICU4J: Arabic display names of every region code. */
        ICU_REGION,
        /** ICU4J: Arabic exemplar cities of the time zones. */
        ICU_CITY,
        /** world-cities-ar (Wikidata-derived, CC BY 4.0). */
        WORLD_CITIES
    }
}
