package org.sahifa.ui.document;

import java.nio.file.Path;
import java.util.Optional;

/** Where images already downloaded live; the reader only shows images this cache has. */
@FunctionalInterface
public interface ImageCache {

    /** Never shows an image. */
    ImageCache NONE = src -> Optional.empty();

    /** The cached file for the image address {@code src}, if it is in the cache. Must never download. */
    Optional<Path> lookup(String src);
}
