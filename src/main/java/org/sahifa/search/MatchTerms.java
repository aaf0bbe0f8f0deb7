package org.sahifa.search;

import java.util.HashSet;
import java.util.Set;

/**
 * What a compiled query looks for, per kind of match, so that snippets can mark it in the original text:
 * normalised words, stems, and the name-field terms of the accepted spellings of names (single words or two-word compounds).
 * Only terms that count for a hit are collected (not those under an exclusion).
 */
final class MatchTerms {

    final Set<String> exact = new HashSet<>();
    final Set<String> stems = new HashSet<>();
    final Set<String> names = new HashSet<>();

    boolean isEmpty() {
        return exact.isEmpty() && stems.isEmpty() && names.isEmpty();
    }
}
