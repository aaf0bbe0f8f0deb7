/**
 * What every Sahifa view shares: the bundled font ({@link org.sahifa.ui.common.AppFonts}), the translated texts
 * ({@link org.sahifa.ui.common.I18n}), the one place where scenes get their orientation, theme and font size
 * ({@link org.sahifa.ui.common.SceneFactory}), background work off the JavaFX thread
 * ({@link org.sahifa.ui.common.TaskExecutor}) and dates through ICU ({@link org.sahifa.ui.common.DateFormatter}).
 */
package org.sahifa.ui.common;
