/**
 * The user's settings: {@link org.sahifa.ui.settings.Settings} is the JSON form kept in the data folder
 * ({@code settings.json}, read and written by {@link org.sahifa.ui.settings.SettingsStore});
 * {@link org.sahifa.ui.settings.SettingsModel} is the live JavaFX-property form the views bind to.
 */
package org.sahifa.ui.settings;
