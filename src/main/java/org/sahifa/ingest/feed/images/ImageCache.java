package org.sahifa.ingest.feed.images;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sahifa.ingest.feed.http.FetchException;
import org.sahifa.ingest.feed.http.FetchResult;
import org.sahifa.ingest.feed.http.HardenedHttpClient;
import org.sahifa.ingest.feed.http.HttpLimits;
import org.sahifa.ingest.feed.http.Validators;
import org.sahifa.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline image cache. Thread-safe.
 * <p>
 * {@link #cache(URI)} fetches an image once (later calls answer from the index without network), {@link
 * #localise(String)} rewrites an article's {@code <img src>} to {@code sahifa-image:<sha256>} references, and
 * {@link #open(String)} reads an image back — from disk only, never from the network. {@link #evict()} keeps the
 * cache under its cap, least recently used first, skipping images of bookmarked articles.
 */
public final class ImageCache {

    /** The reference scheme written into article HTML. */
    public static final String SCHEME = "sahifa-image:";
    /** The default total cap: 1 GiB. */
    public static final long DEFAULT_CAP_BYTES = 1024L * 1024 * 1024;

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Logger LOG = LoggerFactory.getLogger(ImageCache.class);

    private final Database db;
    private final Path dir;
    private final HardenedHttpClient http;
    private final HttpLimits limits;
    private final long capBytes;
    private final Clock clock;

    /**
     * @param db       the library database (tables from migration 300)
     * @param dir      the cache folder, {@code <data>/images}
     * @param http     the client images are fetched with
     * @param limits   per-image limits (size cap)
     * @param capBytes the total size the cache is kept under
     */
    public ImageCache(Database db, Path dir, HardenedHttpClient http, HttpLimits limits, long capBytes, Clock clock) {
        this.db = db;
        this.dir = dir;
        this.http = http;
        this.limits = limits;
        this.capBytes = capBytes;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    public long capBytes() {
        return capBytes;
    }

    /** The result of localising an article's images. */
    public record Localised(String html, Set<String> hashes, int failed) {
    }

    /**
     * Caches every {@code <img src>} of {@code html} (absolute http/https addresses; the sanitiser resolved them)
     * and points each cached one at {@code sahifa-image:<hash>}. An image that cannot be cached keeps its address
     * as data: the reader never fetches it and shows its alternative text.
     */
    public Localised localise(String html) {
        if (html == null || !html.contains("<img")) {
            return new Localised(html, Set.of(), 0);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Set<String> hashes = new LinkedHashSet<>();
        int failed = 0;
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (src.startsWith(SCHEME)) {
                hashes.add(src.substring(SCHEME.length()));
                continue;
            }
            Optional<String> ref;
            try {
                ref = cache(new URI(src));
            } catch (URISyntaxException e) {
                ref = Optional.empty();
            }
            if (ref.isPresent()) {
                img.attr("src", ref.get());
                img.removeAttr("srcset");
                hashes.add(ref.get().substring(SCHEME.length()));
            } else {
                failed++;
            }
        }
        return new Localised(doc.body().html(), hashes, failed);
    }

    /**
     * Makes sure the image at {@code url} is in the cache.
     *
     * @return its {@code sahifa-image:} reference, or empty when it could not be fetched or is not an image
     */
    public Optional<String> cache(URI url) {
        Optional<String> known = hashOf(url.toString());
        if (known.isPresent() && Files.exists(file(known.get()))) {
            return known.map(h -> SCHEME + h);
        }
        FetchResult r;
        try {
            r = http.get(url, Validators.NONE, limits);
        } catch (FetchException e) {
            LOG.debug("Image not cached: {}", e.getMessage());
            return Optional.empty();
        }
        String declared = r.mediaType() == null ? "" : r.mediaType().toLowerCase(Locale.ROOT);
        String actual = ImageTypes.sniff(r.body());
        if (!ImageTypes.ACCEPTED.contains(declared) || actual == null) {
            LOG.debug("Not an accepted image: {} ({}, sniffed {})", url, declared, actual);
            return Optional.empty();
        }
        String hash = sha256(r.body());
        try {
            write(hash, r.body());
        } catch (IOException e) {
            LOG.warn("Cannot write cached image {}: {}", hash, e.getMessage());
            return Optional.empty();
        }
        long now = clock.millis();
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO images(hash, media_type, size, stored, "
                    + "last_access) VALUES (?, ?, ?, ?, ?) ON CONFLICT(hash) DO UPDATE SET last_access = excluded.last_access")) {
                p.setString(1, hash);
                p.setString(2, actual);
                p.setLong(3, r.body().length);
                p.setLong(4, now);
                p.setLong(5, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT OR REPLACE INTO image_sources(url, hash) VALUES (?, ?)")) {
                p.setString(1, url.toString());
                p.setString(2, hash);
                p.executeUpdate();
            }
            return null;
        });
        return Optional.of(SCHEME + hash);
    }

    /** Records that {@code articleId} shows these images (so bookmarks protect them from eviction). */
    public void link(long articleId, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO article_images(article_id, hash) "
                    + "SELECT ?, hash FROM images WHERE hash = ?")) {
                for (String h : hashes) {
                    p.setLong(1, articleId);
                    p.setString(2, h);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /**
     * The cached file of an image, never fetching it: what the reader's document model asks for each
     * {@code <img src>}.
     *
     * @param ref a {@code sahifa-image:<sha256>} reference, or the original http(s) address of a cached image
     * @return the file, or empty when the image is not cached (or was evicted)
     */
    public Optional<Path> lookup(String ref) {
        Optional<String> hash = hashOfRef(ref);
        if (hash.isEmpty() || !known(hash.get())) {
            return Optional.empty();
        }
        Path f = file(hash.get());
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        touch(hash.get());
        return Optional.of(f);
    }

    private Optional<String> hashOfRef(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.startsWith(SCHEME)) {
            String hash = ref.substring(SCHEME.length());
            return HASH.matcher(hash).matches() ? Optional.of(hash) : Optional.empty();
        }
        return hashOf(ref);
    }

    private boolean known(String hash) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM images WHERE hash = ?")) {
                p.setString(1, hash);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private void touch(String hash) {
        long now = clock.millis();
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE images SET last_access = ? WHERE hash = ?")) {
                p.setLong(1, now);
                p.setString(2, hash);
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Reads an image from the cache, never from the network.
     *
     * @param ref a {@code sahifa-image:<sha256>} reference, or the original http(s) address of a cached image
     * @return the image, or empty when it is not cached (or was evicted)
     */
    public Optional<CachedImage> open(String ref) {
        Optional<String> h = hashOfRef(ref);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String hash = h.get();
        String type = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT media_type FROM images WHERE hash = ?")) {
                p.setString(1, hash);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (type == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(hash));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read cached image {}: {}", hash, e.getMessage());
            return Optional.empty();
        }
        touch(hash);
        return Optional.of(new CachedImage(hash, type, bytes));
    }

    /** The bytes the cache holds. */
    public long totalBytes() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT coalesce(sum(size), 0) FROM images");
                 ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Deletes least-recently-used images until the cache is under its cap. Images shown by a bookmarked article are
     * never deleted.
     *
     * @return how many images were deleted
     */
    public int evict() {
        long total = totalBytes();
        if (total <= capBytes) {
            return 0;
        }
        record Victim(String hash, long size) {
        }
        List<Victim> candidates = db.read(c -> {
            List<Victim> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT i.hash, i.size FROM images i WHERE NOT EXISTS ("
                    + "SELECT 1 FROM article_images ai JOIN bookmarks b ON b.article_id = ai.article_id "
                    + "WHERE ai.hash = i.hash) ORDER BY i.last_access, i.stored");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Victim(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        });
        List<String> doomed = new ArrayList<>();
        for (Victim v : candidates) {
            if (total <= capBytes) {
                break;
            }
            doomed.add(v.hash());
            total -= v.size();
        }
        if (doomed.isEmpty()) {
            return 0;
        }
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM images WHERE hash = ?")) {
                for (String h : doomed) {
                    p.setString(1, h);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
        for (String h : doomed) {
            try {
                Files.deleteIfExists(file(h));
            } catch (IOException e) {
                LOG.warn("Cannot delete evicted image {}: {}", h, e.getMessage());
            }
        }
        return doomed.size();
    }

    private Optional<String> hashOf(String url) {
        return Optional.ofNullable(db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT hash FROM image_sources WHERE url = ?")) {
                p.setString(1, url);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }));
    }

    private Path file(String hash) {
        return dir.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private void write(String hash, byte[] bytes) throws IOException {
        Path target = file(hash);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), hash, ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
