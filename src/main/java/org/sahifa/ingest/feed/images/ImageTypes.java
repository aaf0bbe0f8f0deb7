package org.sahifa.ingest.feed.images;

import java.util.Set;

/** The image types the cache accepts, recognised from their first bytes (the server's word is not enough). */
final class ImageTypes {

    /** Content types a server may send for an image we keep. */
    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/gif",
            "image/bmp", "image/x-ms-bmp", "image/webp");

    private ImageTypes() {
    }

    /** The media type the bytes really are, or {@code null} when they are none of the accepted images. */
    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            return "image/bmp";
        }
        return null;
    }
}
