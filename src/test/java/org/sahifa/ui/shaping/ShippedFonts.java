package org.sahifa.ui.shaping;

import org.sahifa.ui.common.AppFonts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The font files the app bundles, copied out of the class path so that pango-view can read them. */
final class ShippedFonts {

    private ShippedFonts() {
    }

    static List<Path> copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String resource : AppFonts.resources()) {
            Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            try (InputStream in = ShippedFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + resource);
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            out.add(file);
        }
        return out;
    }
}
