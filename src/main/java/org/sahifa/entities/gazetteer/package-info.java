/**
 * Known names: places from ICU4J and world-cities-ar, Arabic given and family names, Sahifa's curated lists of
 * persons, places and organisations with their aliases, person titles and place cues; and the name lexicon that
 * keeps names away from the stemmer.
 */
package org.sahifa.entities.gazetteer;
