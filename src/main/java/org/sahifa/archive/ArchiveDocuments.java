package org.sahifa.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Spelling;
import org.sahifa.entities.StoredMention;
import org.sahifa.search.NameWords;
import org.sahifa.solr.ArchiveFields;
import org.sahifa.store.Article;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;

/**
 * Articles as archive documents and back ({@link ArchiveFields}): the article's text and metadata (no read or
 * bookmark state: an archive is shared), the ids of the places and persons the library linked it to, every
 * spelling of those entities as name-key terms (so {@code place:} finds the article under any spelling of the
 * place, as in the library) and the mentions themselves.
 */
final class ArchiveDocuments {

    private final LongFunction<List<Spelling>> spellings;
    private final Map<Long, List<String>> spellingTerms = new HashMap<>();

    /** Documents whose entity spellings come from {@code spellings} (looked up once per entity). */
    ArchiveDocuments(LongFunction<List<Spelling>> spellings) {
        this.spellings = spellings;
    }

    /**
     * @param tagged the distinct normalised spellings the recogniser tagged in the article (active entities), for
     *               the shard to know which words are names as the library does
     */
    SolrInputDocument document(Article a, Collection<StoredMention> mentions, Collection<String> tagged) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(ArchiveFields.ID, Long.toString(a.id()));
        d.setField(ArchiveFields.ID_NUMBER, a.id());
        d.setField(ArchiveFields.TITLE, a.title() == null ? "" : a.title());
        d.setField(ArchiveFields.BODY, a.bodyText() == null ? "" : a.bodyText());
        setIfPresent(d, ArchiveFields.BODY_HTML, a.bodyHtml());
        setIfPresent(d, ArchiveFields.URL, a.url());
        setIfPresent(d, ArchiveFields.GUID, a.guid());
        setIfPresent(d, ArchiveFields.AUTHOR, a.author());
        setIfPresent(d, ArchiveFields.LANGUAGE, a.language());
        if (a.source() != null && !a.source().isBlank()) {
            d.setField(ArchiveFields.SOURCE, a.source());
            d.setField(ArchiveFields.SOURCE_KEY, ArchiveFields.sourceKey(a.source()));
        }
        if (a.published() != null) {
            d.setField(ArchiveFields.PUBLISHED, a.published().toEpochMilli());
        }
        if (a.fetched() != null) {
            d.setField(ArchiveFields.FETCHED, a.fetched().toEpochMilli());
        }
        Instant date = a.published() != null ? a.published() : a.fetched();
        d.setField(ArchiveFields.DATE, date == null ? 0L : date.toEpochMilli());
        Set<Long> places = new LinkedHashSet<>();
        Set<Long> persons = new LinkedHashSet<>();
        for (StoredMention m : mentions) {
            EntityType type = m.entity().type();
            if (type == EntityType.PLACE) {
                places.add(m.entity().id());
            } else if (type == EntityType.PERSON) {
                persons.add(m.entity().id());
            }
            d.addField(ArchiveFields.MENTION, m.entity().id() + "|" + type.name() + "|" + (m.inTitle() ? "t" : "b")
                    + "|" + m.start() + "|" + m.end() + "|" + m.entity().name().replace('|', ' ') + "|" + m.text());
        }
        addEntities(d, places, ArchiveFields.PLACE_ID, ArchiveFields.PLACE_SPELLING);
        addEntities(d, persons, ArchiveFields.PERSON_ID, ArchiveFields.PERSON_SPELLING);
        Map<String, Long> one = new HashMap<>();
        tagged.forEach(spelling -> one.put(spelling, 1L));
        NameWords.wordCounts(one).forEach((word, n) -> {
            for (long i = 0; i < n; i++) {
                d.addField(ArchiveFields.NAME_TAGGED, word);
            }
        });
        return d;
    }

    private void addEntities(SolrInputDocument d, Set<Long> ids, String idField, String spellingField) {
        Set<String> terms = new LinkedHashSet<>();
        for (long id : ids) {
            d.addField(idField, id);
            terms.addAll(spellingTerms.computeIfAbsent(id, this::terms));
        }
        for (String t : terms) {
            d.addField(spellingField, t);
        }
    }

    /** The name-key terms of every spelling of an entity ({@code key|normalised spelling}). */
    private List<String> terms(long entityId) {
        List<String> out = new ArrayList<>();
        for (Spelling s : spellings.apply(entityId)) {
            String normalized = ArabicNormalizer.normalize(s.text()).strip();
            String key = NameKey.ofNormalized(normalized);
            if (!key.isEmpty()) {
                String term = NameKeyTerms.term(key, normalized);
                if (!out.contains(term)) {
                    out.add(term);
                }
            }
        }
        return out;
    }

    private static void setIfPresent(SolrInputDocument d, String field, String value) {
        if (value != null && !value.isEmpty()) {
            d.setField(field, value);
        }
    }

    /** The article a stored document holds (not read, not bookmarked: an archive keeps no reading state). */
    static Article article(SolrDocument d) {
        return new Article(Long.parseLong((String) d.getFirstValue(ArchiveFields.ID)),
                string(d, ArchiveFields.TITLE), string(d, ArchiveFields.BODY_HTML), string(d, ArchiveFields.BODY),
                string(d, ArchiveFields.URL), string(d, ArchiveFields.GUID), string(d, ArchiveFields.SOURCE),
                string(d, ArchiveFields.AUTHOR), string(d, ArchiveFields.LANGUAGE), instant(d, ArchiveFields.PUBLISHED),
                instant(d, ArchiveFields.FETCHED), false, false);
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static Instant instant(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null;
    }
}
