package org.sahifa.ui.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code settings.json} in the data folder. A missing file gives the defaults; a damaged one is
 * kept aside as {@code settings.json.bad} and the defaults are used, so a bad edit never stops the app starting.
 * Writes go to a temporary file first and replace the old one in one move.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults when there are none or they cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class).sanitised();
        } catch (IOException e) {
            LOG.warn("{} could not be read ({}); using the default settings and keeping the file as {}.bad",
                    file, e.getMessage(), FILE_NAME);
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".bad"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("could not move {} aside: {}", file, moveFailed.getMessage());
            }
            return new Settings();
        }
    }

    /** Writes {@code settings} atomically. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(tmp, toJson(settings));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String toJson(Settings settings) throws JsonProcessingException {
        return JSON.writeValueAsString(settings);
    }
}
