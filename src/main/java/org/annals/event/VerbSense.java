package org.annals.event;

import java.util.List;

/**
 * One verb of the CAMEO verb dictionary under one block: its lemma, its particle ("out" of "pull
 * out"), its own code, and its block's code and patterns.
 *
 * @param lemma the verb's base form, upper case ("PULL_OUT")
 * @param particle words that follow the verb, or empty
 * @param code the verb's own code, else the block's; {@code ---} where only patterns code it
 * @param block the block's name
 * @param patterns the block's patterns, in dictionary order
 * @param rank the place of its dictionary in the reading order: a later dictionary's pattern wins a
 *     tie with an earlier one's (annals' supplement corrects CAMEO.2.0.txt)
 */
record VerbSense(
    String lemma,
    List<String> particle,
    String code,
    String block,
    List<VerbPattern> patterns,
    int rank) {}
