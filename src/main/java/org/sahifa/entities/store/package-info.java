/**
 * The entities' tables (migration 200): entities, their spellings, the mentions of each article, the scan
 * record and the user's edit log; how a recognised name is resolved to an entity; the import hook; the
 * corrections.
 */
package org.sahifa.entities.store;
