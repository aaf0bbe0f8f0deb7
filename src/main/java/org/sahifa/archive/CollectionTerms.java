package org.sahifa.archive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.sahifa.search.NameWords;
import org.sahifa.search.SharedFullNames;
import org.sahifa.search.SpellingContext;
import org.sahifa.solr.ArchiveFields;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

/**
 * The term dictionary and term statistics of a whole archive collection, read through Solr's terms component
 * (the configset's {@code /terms}, distributed over every shard, counts summed): the name-field terms of a name
 * key, the articles holding a word and the articles its name was tagged in; and, through ordinary queries with a
 * facet, the context signatures of spellings (decision 0125) and the full names they are tagged in (decision 0126).
 * Thread-safe.
 */
final class CollectionTerms {

    /** The configset's distributed terms handler. */
    static final String HANDLER = "/terms";
    /** Terms named in one statistics request (a POST body; each shard looks them up one by one). */
    static final int LIST_BATCH = 2_000;

    /** Look-ups asked at the same time, over all archives of this process (daemon threads). */
    private static final ExecutorService LOOK_UPS = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "sahifa-archive-terms");
        t.setDaemon(true);
        return t;
    });

    private final ArchiveClient client;
    private final ArchiveAddress address;

    CollectionTerms(ArchiveClient client, ArchiveAddress address) {
        this.client = client;
        this.address = address;
    }

    /**
     * The terms of {@code title.name} and {@code body.name} (by field) that start with the key prefix
     * {@code prefix}, in index order, at most {@link NameVariants#MAX_CANDIDATES} each, as the library's index
     * would list them; the article count of each word whose {@code body.name} term is listed goes to
     * {@code articles} (it is that term's document frequency).
     */
    Map<String, List<String>> startingWith(String prefix, Map<String, Long> articles) {
        ModifiableSolrParams p = params();
        p.add("terms.fl", ArchiveFields.TITLE_NAME, ArchiveFields.BODY_NAME);
        p.set("terms.prefix", prefix);
        p.set("terms.limit", NameVariants.MAX_CANDIDATES);
        p.set("terms.sort", "index");
        TermsResponse r = request(p);
        Map<String, List<String>> out = new HashMap<>();
        for (String field : List.of(ArchiveFields.TITLE_NAME, ArchiveFields.BODY_NAME)) {
            List<String> terms = new ArrayList<>();
            for (TermsResponse.Term t : terms(r, field)) {
                terms.add(t.getTerm());
                String word = NameKeyTerms.surface(t.getTerm());
                if (field.equals(ArchiveFields.BODY_NAME) && NameWords.keyTerm(word).equals(t.getTerm())) {
                    articles.put(word, t.getFrequency());
                }
            }
            out.put(field, terms);
        }
        return out;
    }

    /**
     * {@link #startingWith(String, Map)} of several prefixes, asked at the same time (a query's words are looked
     * up together).
     */
    Map<String, Map<String, List<String>>> startingWith(Collection<String> prefixes, Map<String, Long> articles) {
        Map<String, CompletableFuture<Map<String, List<String>>>> asked = new LinkedHashMap<>();
        Map<String, Long> counts = new ConcurrentHashMap<>();
        for (String prefix : prefixes) {
            asked.put(prefix, CompletableFuture.supplyAsync(() -> startingWith(prefix, counts), LOOK_UPS));
        }
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        asked.forEach((prefix, f) -> out.put(prefix, join(f)));
        articles.putAll(counts);
        return out;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The tagged counts of {@code taggedWords} (total term frequency in {@code name.tagged}) into {@code tagged}
     * and the article counts of {@code articleWords} (document frequency of their {@code body.name} key terms)
     * into {@code articles}, and the articles that write each of {@code writtenWords} as a word of its own (document
     * frequency in {@code body.exact}) into {@code written}, over the whole collection, in one request per
     * {@value #LIST_BATCH} terms; a word the collection does not hold counts 0.
     */
    void statistics(Collection<String> taggedWords, Collection<String> articleWords, Collection<String> writtenWords,
                    Map<String, Long> tagged, Map<String, Long> articles, Map<String, Long> written) {
        Map<String, String> wordOfTerm = new HashMap<>();
        Set<String> listed = new LinkedHashSet<>();
        for (String w : writtenWords) {
            written.put(w, 0L);
            if (listable(w)) {
                listed.add(w);
            }
        }
        for (String w : taggedWords) {
            tagged.put(w, 0L);
            if (listable(w)) {
                listed.add(w);
            }
        }
        for (String w : articleWords) {
            articles.put(w, 0L);
            String term = NameWords.keyTerm(w);
            if (!term.isEmpty() && listable(term)) {
                wordOfTerm.put(term, w);
                listed.add(term);
            }
        }
        List<String> terms = new ArrayList<>(listed);
        for (int from = 0; from < terms.size(); from += LIST_BATCH) {
            List<String> batch = terms.subList(from, Math.min(terms.size(), from + LIST_BATCH));
            ModifiableSolrParams p = params();
            // one list for both fields: a tagged word is no name-field term (those hold a key and «|») and back
            p.add("terms.fl", ArchiveFields.NAME_TAGGED, ArchiveFields.BODY_NAME, ArchiveFields.BODY_EXACT);
            p.set("terms.list", String.join(",", batch));
            p.set("terms.ttf", true);
            p.set("terms.limit", -1);
            TermsResponse r = request(p);
            for (TermsResponse.Term t : terms(r, ArchiveFields.NAME_TAGGED)) {
                if (tagged.containsKey(t.getTerm())) {
                    tagged.put(t.getTerm(), t.getTotalTermFreq());
                }
            }
            for (TermsResponse.Term t : terms(r, ArchiveFields.BODY_EXACT)) {
                if (written.containsKey(t.getTerm())) {
                    written.put(t.getTerm(), t.getFrequency());
                }
            }
            for (TermsResponse.Term t : terms(r, ArchiveFields.BODY_NAME)) {
                String w = wordOfTerm.get(t.getTerm());
                if (w != null) {
                    articles.put(w, t.getFrequency());
                }
            }
        }
    }

    /**
     * The context signatures (decision 0125) of normalised spellings over the whole collection, asked at the same
     * time: the articles whose {@code body.exact} holds the spelling, at most {@link SpellingContext#MAX_ARTICLES}
     * with the highest {@code id.num} (as the library caps its own by article id), and a facet of their
     * {@code name.tagged} words from {@link SpellingContext#MIN_COUNT} articles (all of them: a distributed facet
     * with a limit could miss a word at the cut).
     */
    Map<String, SpellingContext.Signature> signatures(Collection<String> words) {
        return each(words, this::signature);
    }

    /** {@code ask} of every word, asked at the same time. */
    private static <T> Map<String, T> each(Collection<String> words, java.util.function.Function<String, T> ask) {
        Map<String, CompletableFuture<T>> asked = new LinkedHashMap<>();
        for (String w : words) {
            asked.put(w, CompletableFuture.supplyAsync(() -> ask.apply(w), LOOK_UPS));
        }
        Map<String, T> out = new LinkedHashMap<>();
        asked.forEach((w, f) -> out.put(w, join(f)));
        return out;
    }

    private SpellingContext.Signature signature(String word) {
        QueryResponse r = select(facet(word));
        long found = r.getResults().getNumFound();
        if (found > SpellingContext.MAX_ARTICLES) {
            SolrQuery cut = new SolrQuery(writing(word));
            cut.set("defType", "lucene");
            cut.setStart(SpellingContext.MAX_ARTICLES - 1);
            cut.setRows(1);
            cut.setFields(ArchiveFields.ID_NUMBER);
            cut.addSort(ArchiveFields.ID_NUMBER, SolrQuery.ORDER.desc);
            Object lowest = select(cut).getResults().get(0).getFieldValue(ArchiveFields.ID_NUMBER);
            SolrQuery capped = facet(word);
            capped.addFilterQuery(ArchiveFields.ID_NUMBER + ":[" + lowest + " TO *]");
            r = select(capped);
        }
        Map<String, Long> counts = new HashMap<>();
        FacetField f = r.getFacetField(ArchiveFields.NAME_TAGGED);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                counts.put(c.getName(), c.getCount());
            }
        }
        return SpellingContext.signature(found, r.getResults().getNumFound(), counts);
    }

    /**
     * The full names (decision 0126) of normalised spellings over the whole collection, asked at the same time: the
     * {@code name.tagged} pairs that hold the spelling as one of their two words, from a facet over the articles it
     * was tagged in (every such pair is tagged in one of them), with the articles of each.
     */
    Map<String, SharedFullNames.FullNames> fullNames(Collection<String> words) {
        return each(words, this::fullNames);
    }

    private SharedFullNames.FullNames fullNames(String word) {
        SolrQuery q = new SolrQuery("{!term f=" + ArchiveFields.NAME_TAGGED + "}" + word);
        q.set("defType", "lucene");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(ArchiveFields.NAME_TAGGED);
        q.set("facet.contains", word);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        Map<String, Long> pairs = new HashMap<>();
        FacetField f = select(q).getFacetField(ArchiveFields.NAME_TAGGED);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                if (SharedFullNames.isFullNameOf(c.getName(), word)) {
                    pairs.put(c.getName(), c.getCount());
                }
            }
        }
        return SharedFullNames.of(word, pairs);
    }

    /** The articles writing {@code word}, counted, with their tagged words as a facet. */
    private static SolrQuery facet(String word) {
        SolrQuery q = new SolrQuery(writing(word));
        q.set("defType", "lucene");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(ArchiveFields.NAME_TAGGED);
        q.setFacetLimit(-1);
        q.setFacetMinCount(SpellingContext.MIN_COUNT);
        return q;
    }

    /** The articles of the collection. */
    long articles() {
        SolrQuery q = new SolrQuery("*:*");
        q.set("defType", "lucene");
        q.setRows(0);
        return select(q).getResults().getNumFound();
    }

    private static String writing(String word) {
        return "{!term f=" + ArchiveFields.BODY_EXACT + "}" + word;
    }

    private QueryResponse select(SolrQuery q) {
        return client.call("Searching " + address,
                node -> node.query(address.collection(), q, SolrRequest.METHOD.POST));
    }

    private static List<TermsResponse.Term> terms(TermsResponse r, String field) {
        List<TermsResponse.Term> listed = r.getTerms(field);
        return listed == null ? List.of() : listed;
    }

    /** A term that {@code terms.list} (comma-separated, backslash escapes) carries as it is. */
    private static boolean listable(String term) {
        return term.indexOf(',') < 0 && term.indexOf('\\') < 0;
    }

    private static ModifiableSolrParams params() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("terms", true);
        p.set("distrib", true);
        p.set("shards.qt", HANDLER);
        return p;
    }

    /** A terms request; its errors name the search, as the query's own do. */
    private TermsResponse request(ModifiableSolrParams p) {
        QueryRequest q = new QueryRequest(p, SolrRequest.METHOD.POST);
        q.setPath(HANDLER);
        return client.call("Searching " + address, node -> q.process(node, address.collection()).getTermsResponse());
    }
}
