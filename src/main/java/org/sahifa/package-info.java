/**
 * Sahifa, a desktop reader for Arabic news. {@link org.sahifa.Main} starts the window or, given a command,
 * the command line.
 */
package org.sahifa;
