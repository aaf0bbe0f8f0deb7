package org.sahifa.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a collection lives: one or more Solr node URLs (any node of the cluster answers for the whole
 * collection; the others are used when it does not answer) and the collection's name.
 *
 * @param nodes      base URLs such as {@code http://solr1:8983/solr}, without a trailing slash
 * @param collection the collection
 */
public record ArchiveAddress(List<String> nodes, String collection) {

    public ArchiveAddress {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new ArchiveException("No Solr node given");
        }
        if (collection == null || !collection.matches("[A-Za-z0-9._-]+")) {
            throw new ArchiveException("Not a collection name: «" + collection
                    + "» (letters, digits, '.', '_' and '-' only)");
        }
    }

    /** {@code --solr URL[,URL…]} and {@code --collection C}. */
    public static ArchiveAddress of(String solrUrls, String collection) {
        List<String> nodes = new ArrayList<>();
        for (String part : solrUrls.split(",")) {
            if (!part.isBlank()) {
                nodes.add(node(part.strip()));
            }
        }
        return new ArchiveAddress(nodes, collection);
    }

    /**
     * {@code --archive URL/C[,URL/C…]}: each part is a node's URL followed by the collection
     * ({@code http://solr1:8983/solr/news}); every part must name the same collection.
     */
    public static ArchiveAddress parse(String archive) {
        List<String> nodes = new ArrayList<>();
        String collection = null;
        for (String part : archive.split(",")) {
            String p = part.strip();
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            int slash = p.lastIndexOf('/');
            if (p.isEmpty() || slash < 0 || p.substring(0, slash).endsWith("/")) {
                throw new ArchiveException("Not an archive address: «" + part.strip()
                        + "» (expected a Solr URL followed by the collection, such as http://solr1:8983/solr/news)");
            }
            String c = p.substring(slash + 1);
            if (collection != null && !collection.equals(c)) {
                throw new ArchiveException("The archive addresses name two collections: «" + collection + "» and «"
                        + c + "»");
            }
            collection = c;
            nodes.add(node(p.substring(0, slash)));
        }
        return new ArchiveAddress(nodes, collection);
    }

    private static String node(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        try {
            URI uri = new URI(u);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ArchiveException("Not a Solr URL: «" + url + "» (expected http://host:port/solr)");
            }
        } catch (URISyntaxException e) {
            throw new ArchiveException("Not a Solr URL: «" + url + "»: " + e.getReason() + " at position "
                    + (e.getIndex() + 1));
        }
        return u;
    }

    /** The address as {@code --archive} takes it (first node). */
    @Override
    public String toString() {
        return nodes.get(0) + "/" + collection;
    }
}
