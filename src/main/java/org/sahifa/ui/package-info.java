/**
 * The JavaFX application: right-to-left views, each a View and a ViewModel. The only package that may import JavaFX.
 */
package org.sahifa.ui;
