/**
 * What turns recognised mentions into list entries: {@link org.sahifa.entities.lists.NameFilter} drops what is
 * not a name (function words, religious formulae, a person's name inside the name of a place or prize named
 * after him) and cuts a name at stray punctuation; {@link org.sahifa.entities.lists.NameParts} compares the
 * short and long forms of a person's name and tells an ambiguous short form («سلمان», «عبد الله») from a
 * specific one. The resources beside these classes are Sahifa's own lists (Apache-2.0).
 */
package org.sahifa.entities.lists;
