package org.sahifa.ingest.feed.http;

import java.net.URI;

/**
 * A successful fetch: either a body (status 2xx) or "not modified" (304).
 *
 * @param requested          the address asked for
 * @param finalUri           the address the body came from after redirects
 * @param status             the final HTTP status (2xx or 304)
 * @param body               the decoded (un-gzipped) body, empty on 304
 * @param mediaType          the media type without parameters, lower case, or {@code null}
 * @param charset            the {@code charset} parameter of {@code Content-Type}, or {@code null}
 * @param validators         the validators to send next time (from this response, or the ones sent on a 304)
 * @param permanentRedirect  true when every redirect followed was permanent (301/308), so the subscription
 *                           may move to {@code finalUri}
 */
public record FetchResult(URI requested, URI finalUri, int status, byte[] body, String mediaType, String charset,
                          Validators validators, boolean permanentRedirect) {

    public boolean notModified() {
        return status == 304;
    }
}
