package org.sahifa.entities.recognize;

import org.sahifa.entities.EntityType;

/**
 * The model's BIO tag set (ANERcorp's classes): O, then B-/I- for PERS, LOC, ORG and MISC. An I- tag may only
 * follow a B- or I- tag of its class.
 */
public final class Tags {

    public static final String[] NAMES = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
    public static final int COUNT = NAMES.length;
    public static final int O = 0;
    public static final int B_PERS = 1;
    public static final int I_PERS = 2;
    public static final int B_LOC = 3;
    public static final int I_LOC = 4;
    public static final int B_ORG = 5;
    public static final int I_ORG = 6;

    private Tags() {
    }

    public static int index(String tag) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(tag)) {
                return i;
            }
        }
        return O;
    }

    public static boolean isBegin(int t) {
        return t != O && (t % 2) == 1;
    }

    public static boolean isInside(int t) {
        return t != O && (t % 2) == 0;
    }

    /** The class index shared by B-X and I-X (1 PERS, 2 LOC, 3 ORG, 4 MISC), 0 for O. */
    public static int cls(int t) {
        return (t + 1) / 2;
    }

    public static int begin(int cls) {
        return cls * 2 - 1;
    }

    public static int inside(int cls) {
        return cls * 2;
    }

    /** Whether tag {@code t} may follow {@code prev} ({@code prev} = -1 at the start of a sentence). */
    public static boolean allowed(int prev, int t) {
        if (!isInside(t)) {
            return true;
        }
        return prev >= 0 && prev != O && cls(prev) == cls(t);
    }

    /** The entity type of a class, or {@code null} for MISC and O. */
    public static EntityType type(int cls) {
        switch (cls) {
            case 1:
                return EntityType.PERSON;
            case 2:
                return EntityType.PLACE;
            case 3:
                return EntityType.ORGANIZATION;
            default:
                return null;
        }
    }

    public static int clsOf(EntityType type) {
        switch (type) {
            case PERSON:
                return 1;
            case PLACE:
                return 2;
            default:
                return 3;
        }
    }
}
