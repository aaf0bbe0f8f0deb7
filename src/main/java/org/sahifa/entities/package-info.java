/**
 * Places and persons: recognition in article text, gazetteers, grouping of spellings into entities, and the user's corrections.
 */
package org.sahifa.entities;
