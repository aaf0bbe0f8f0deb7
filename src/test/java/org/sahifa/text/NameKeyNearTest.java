package org.sahifa.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys one class apart (decision 0036). */
class NameKeyNearTest {

    @Test
    void keysOneClassChangedAddedOrLeftOutAreNear() {
        assertThat(NameKey.near(NameKey.of("gaddafi"), NameKey.of("قذافي"))).isTrue();     // kdf / ksf
        assertThat(NameKey.near(NameKey.of("wenger"), NameKey.of("فينجر"))).isTrue();      // nkr / fnkr
        assertThat(NameKey.near("ksf", "kdf")).isTrue();
        assertThat(NameKey.near("brksl", "brsl")).isTrue();
        assertThat(NameKey.near("brsl", "brsl")).isTrue();
    }

    @Test
    void shortKeysAndKeysTwoClassesApartAreNot() {
        assertThat(NameKey.near("kf", "ksf")).isFalse();     // too short to say
        assertThat(NameKey.near("knfd", "lknfs")).isFalse(); // two apart
        assertThat(NameKey.near(NameKey.of("brussels"), NameKey.of("بروكسل"))).isFalse();  // brsls / brksl
        assertThat(NameKey.near("brsl", "mdnt")).isFalse();
        assertThat(NameKey.near("brsl", "bsrl")).isFalse();  // two letters swapped: two changes
    }
}
