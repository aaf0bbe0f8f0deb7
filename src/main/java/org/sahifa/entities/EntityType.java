package org.sahifa.entities;

import java.util.Locale;

/** What kind of thing a recognised name refers to. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION;

    /** The type named by a CoNLL class ({@code PERS}, {@code LOC}, {@code ORG}), or {@code null} for anything else. */
    public static EntityType fromConllClass(String cls) {
        switch (cls) {
            case "PERS":
            case "PER":
                return PERSON;
            case "LOC":
                return PLACE;
            case "ORG":
                return ORGANIZATION;
            default:
                return null;
        }
    }

    /** Parses a user-typed type name ({@code person}, {@code place}, {@code organization}, or their CoNLL names). */
    public static EntityType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "PERSON":
            case "PERS":
            case "PER":
                return PERSON;
            case "PLACE":
            case "LOC":
            case "LOCATION":
                return PLACE;
            case "ORGANIZATION":
            case "ORGANISATION":
            case "ORG":
                return ORGANIZATION;
            default:
                throw new IllegalArgumentException("unknown entity type '" + text + "' (expected person, place or organization)");
        }
    }
}
