/**
 * Recognition internals: the ANERcorp-style tokenizer, the folding key of words, Arabic clitics, the common-word
 * list and the name-shape score, optional word classes, the hashed features, the averaged-perceptron sequence model with its trainer,
 * and the context rules applied after it.
 */
package org.sahifa.entities.recognize;
