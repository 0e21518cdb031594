package org.annals.actor;

import java.util.List;

/**
 * An agent noun of an agents dictionary: "president" is a government role, "rebels" rebels.
 *
 * @param phrase the words, upper case
 * @param code the role code ("GOV", "MIL", "REB")
 * @param primary true for codes that stand first in an actor code ("NGO", "IGO") rather than after
 *     a country
 */
public record AgentEntry(List<String> phrase, String code, boolean primary) {}
