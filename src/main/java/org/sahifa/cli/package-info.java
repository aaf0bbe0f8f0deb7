/**
 * The picocli command line over the library service.
 */
package org.sahifa.cli;
