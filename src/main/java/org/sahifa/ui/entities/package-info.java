/**
 * Places and persons: {@link org.sahifa.ui.entities.EntityBrowserViewModel} lists the entities of one type with
 * their counts and spellings; {@link org.sahifa.ui.entities.EntityPageViewModel} loads one entity's page — its
 * spellings, a timeline of mentions by month, the entities named with it, its articles — and applies the user's
 * corrections (rename, add a spelling, merge). {@link org.sahifa.ui.entities.EntityViews} draws both.
 */
package org.sahifa.ui.entities;
