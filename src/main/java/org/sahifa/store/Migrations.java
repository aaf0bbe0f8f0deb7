package org.sahifa.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The schema migration runner. Migrations are the resources {@code org/sahifa/store/migrations/NNN-description.sql}
 * (number ranges per area: foundation 001–099, search 100–199, entities 200–299, feeds 300–399). They are found by
 * listing that folder of the class path entry holding this class — a directory in development, the shaded jar in
 * production — so adding a migration needs no index file. Each is applied once, in numeric order, in its own
 * transaction, and recorded in {@code schema_migrations}.
 */
public final class Migrations {

    static final String FOLDER = "org/sahifa/store/migrations/";
    private static final Pattern NAME = Pattern.compile("(\\d{3})-[A-Za-z0-9_.-]+\\.sql");
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** One migration file. */
    public record Migration(int version, String name) {
    }

    private Migrations() {
    }

    /** Every migration on the class path, in version order. */
    public static List<Migration> available() {
        List<Migration> found = new ArrayList<>();
        Set<Integer> versions = new HashSet<>();
        for (String name : listFolder()) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            if (!versions.add(version)) {
                throw new StoreException("Two migrations share the number " + m.group(1) + ": " + name, null);
            }
            found.add(new Migration(version, name));
        }
        found.sort(Comparator.comparingInt(Migration::version));
        return found;
    }

    /** Applies every migration the database has not seen yet; returns how many were applied. */
    public static int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied INTEGER NOT NULL)");
        }
        Set<Integer> applied = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_migrations")) {
            while (rs.next()) {
                applied.add(rs.getInt(1));
            }
        }
        int count = 0;
        boolean auto = c.getAutoCommit();
        for (Migration m : available()) {
            if (applied.contains(m.version())) {
                continue;
            }
            String sql = read(m.name());
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql); // sqlite-jdbc runs a multi-statement script through sqlite3_exec
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.name());
                    p.setLong(3, System.currentTimeMillis());
                    p.executeUpdate();
                }
                c.commit();
                count++;
                LOG.info("Applied migration {}", m.name());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new SQLException("Migration " + m.name() + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return count;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new StoreException("Migration resource missing: " + name, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + name, e);
        }
    }

    /** File names in the migrations folder of every class path root that has one (directory or jar). */
    static List<String> listFolder() {
        List<String> names = new ArrayList<>();
        try {
            var roots = Migrations.class.getClassLoader().getResources(FOLDER);
            Set<String> seenRoots = new HashSet<>();
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (seenRoots.add(url.toString())) {
                    names.addAll(list(url));
                }
            }
            if (seenRoots.isEmpty()) {
                // Jars built without directory entries: fall back to the jar holding this class.
                URL self = Migrations.class.getProtectionDomain().getCodeSource().getLocation();
                names.addAll(listJar(Path.of(self.toURI())));
            }
        } catch (IOException | URISyntaxException e) {
            throw new StoreException("Cannot list the schema migrations", e);
        }
        return names.stream().distinct().toList();
    }

    private static List<String> list(URL url) throws IOException, URISyntaxException {
        if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }
        if (url.getProtocol().equals("jar")) {
            String spec = url.getPath(); // file:/x/sahifa.jar!/org/sahifa/store/migrations/
            String jar = spec.substring(0, spec.indexOf("!/"));
            return listJar(Path.of(new URL(jar).toURI()));
        }
        throw new StoreException("Cannot list migrations from " + url, null);
    }

    private static List<String> listJar(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (n.startsWith(FOLDER) && n.length() > FOLDER.length() && n.indexOf('/', FOLDER.length()) < 0) {
                    names.add(n.substring(FOLDER.length()));
                }
            }
        }
        return names;
    }
}
