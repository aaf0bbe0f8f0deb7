package org.sahifa.entities.recognize;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.gazetteer.GazetteerEntry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Rules applied over the model's tags, only where the model tagged nothing (they add names, never remove them):
 * <ul>
 *   <li>{@link Rule#GAZETTEER}: a curated or ICU-region phrase (any length, clitics allowed on its first word)
 *       becomes a name of its type where the model tagged nothing, or where it cut the phrase into pieces of
 *       that type (ناغوروني | كاراباخ becomes one place); with {@code allSources} also world-cities and time-zone cities;</li>
 *   <li>{@link Rule#TITLE}: after a person title (الرئيس، وزير الخارجية، المتحدث باسم ...; nisba adjectives and a
 *       comma may sit between, as in «الرئيس الروسي، فلاديمير بوتين») a run of known given/family names is a
 *       person;</li>
 *   <li>{@link Rule#CUE}: after a place cue (مدينة، إقليم، منطقة ...) a known place of any source is a place.</li>
 * </ul>
 */
public final class ContextRules {

    /** The individual rules, switchable for measurement. */
    public enum Rule { GAZETTEER, TITLE, CUE }

    private final Set<Rule> rules;
    private final boolean allSources;

    public ContextRules(Set<Rule> rules, boolean allSources) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
        this.allSources = allSources;
    }

    /** The rules switched on. */
    public Set<Rule> rules() {
        return rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    /** Whether the gazetteer rule trusts every source. */
    public boolean allSources() {
        return allSources;
    }

    public void apply(Features.Sentence s, int[] tags) {
        int n = s.size();
        if (rules.contains(Rule.GAZETTEER)) {
            for (int i = 0; i < n; i++) {
                var m = s.gazMatch[i];
                if (m == null || m.start() != i || m.weak()) {
                    continue;
                }
                GazetteerEntry.Source src = m.entry().source();
                boolean trusted = src == GazetteerEntry.Source.CURATED || src == GazetteerEntry.Source.ICU_REGION;
                if ((trusted || allSources) && (allO(tags, i, i + m.length())
                        || fragmentsOf(tags, i, i + m.length(), Tags.clsOf(m.entry().type())))) {
                    set(tags, i, i + m.length(), m.entry().type());
                }
            }
        }
        if (rules.contains(Rule.TITLE)) {
            for (int i = 0; i < n; i++) {
                if (s.title[i] > 0 && tags[i] == Tags.O && (s.name[i] & 3) != 0 && s.tokens.get(i).word()
                        && !Features.isNisba(s.tokens.get(i))) {
                    int j = i + 1;
                    while (j < n && j - i < 4 && tags[j] == Tags.O && s.name[j] != 0) {
                        j++;
                    }
                    set(tags, i, j, EntityType.PERSON);
                    i = j - 1;
                }
            }
        }
        if (rules.contains(Rule.CUE)) {
            for (int i = 0; i < n; i++) {
                var m = s.gazMatch[i];
                if (s.cue[i] > 0 && m != null && m.start() == i && !m.weak() && m.entry().type() == EntityType.PLACE
                        && allO(tags, i, i + m.length())) {
                    set(tags, i, i + m.length(), EntityType.PLACE);
                }
            }
        }
    }

    /** The model split a known multi-word name into pieces of the same class (ناغوروني | كاراباخ). */
    private static boolean fragmentsOf(int[] tags, int from, int to, int cls) {
        if (to - from < 2 || Tags.isInside(tags[from])) {
            return false;
        }
        int begins = 0;
        for (int i = from; i < to; i++) {
            if (tags[i] == Tags.O || Tags.cls(tags[i]) != cls) {
                return false;
            }
            if (Tags.isBegin(tags[i])) {
                begins++;
            }
        }
        return begins >= 2 && (to >= tags.length || !Tags.isInside(tags[to]));
    }

    private static boolean allO(int[] tags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tags[i] != Tags.O) {
                return false;
            }
        }
        // do not glue onto a name that continues right after
        return to >= tags.length || !Tags.isInside(tags[to]);
    }

    private static void set(int[] tags, int from, int to, EntityType type) {
        int cls = Tags.clsOf(type);
        for (int i = from; i < to; i++) {
            tags[i] = i == from ? Tags.begin(cls) : Tags.inside(cls);
        }
    }
}
