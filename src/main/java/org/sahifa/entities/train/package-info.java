/**
 * Training and evaluation of the name-finder model on ANERcorp: the corpus reader, the fixed
 * train/development/held-out split, exact-span scoring as {@code ner-score.py} does it, and the
 * {@code TrainModel} command; the builders of the common-word list ({@code BuildCommonWords}) and of word classes
 * from unlabelled text ({@code BuildWordClusters}, measured, not shipped); training copies with swapped names
 * ({@code NameSwap}, measured, not shipped).
 */
package org.sahifa.entities.train;
