package org.sahifa.ui.shaping;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.sahifa.ui.common.AppFonts;

/**
 * Does for the test JVM what {@code AppLauncher} does for the app: puts the bundled fonts where fontconfig finds
 * them before the first UI test starts the JavaFX toolkit (registered in META-INF/services).
 */
public final class FontsBeforeToolkit implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        AppFonts.installForShaping();
    }
}
