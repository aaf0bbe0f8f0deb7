package org.sahifa.ui.reader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 2: "open in browser" follows the library's one rule for article addresses. */
class ReaderAddressRuleTest {

    @Test
    void onlyHttpAddressesWithAHostAreOpened() {
        assertThat(ReaderView.isWebAddress("https://example.com/a")).isTrue();
        assertThat(ReaderView.isWebAddress(" HTTP://example.com ")).isTrue();
        for (String bad : new String[]{"javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
                "http://", "https:///path", "http://exa mple.com/\u001B[2J", null, ""}) {
            assertThat(ReaderView.isWebAddress(bad)).as(String.valueOf(bad)).isFalse();
        }
    }
}
