package org.annals.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article has said so far, for resolving pronouns and definite references: its actor
 * mentions in order, which of them are people, plural or parenthetical, and the head nouns ("pilot"
 * of "Russian pilot") and surnames by which they may be named again.
 *
 * <p>One per article; not thread-safe.
 */
final class Antecedents {

  /**
   * A mention with what resolution needs to know of it; a possessor ("Pacific Western Airlines' new
   * unit") is the antecedent of a pronoun only when nothing else before it in the sentence is, or
   * when what it owns has no known country.
   */
  record Candidate(
      ActorMention mention, boolean person, boolean plural, boolean aside, boolean possessor) {
    Candidate(ActorMention mention, boolean person, boolean plural, boolean aside) {
      this(mention, person, plural, aside, false);
    }
  }

  private final List<Candidate> all = new ArrayList<>();
  private final Map<String, ActorMention> heads = new HashMap<>();
  private final Map<String, ActorMention> surnames = new HashMap<>();

  void add(Candidate c) {
    all.add(c);
  }

  void addHead(String noun, ActorMention m) {
    heads.put(noun, m);
  }

  ActorMention head(String noun) {
    return heads.get(noun);
  }

  void addSurname(String key, ActorMention m) {
    if (!key.isEmpty()) {
      surnames.put(key, m);
    }
  }

  ActorMention surname(String key) {
    return key.isEmpty() ? null : surnames.get(key);
  }

  /**
   * The antecedent of a pronoun at {@code offset} in sentence {@code sentence}: the first
   * compatible mention of the same sentence before the pronoun (the subject is usually first), else
   * the first compatible mention of the nearest earlier sentence that has one.
   */
  ActorMention resolve(int sentence, int offset, Kind kind) {
    Candidate firstHere = null;
    for (Candidate c : all) {
      ActorMention m = c.mention();
      if (m.sentenceIndex() == sentence && m.begin() < offset && compatible(c, kind)) {
        if (!c.possessor()) {
          boolean ownerKnown =
              firstHere != null
                  && m.country().equals(ActorMention.UNKNOWN_COUNTRY)
                  && !firstHere.mention().country().equals(ActorMention.UNKNOWN_COUNTRY);
          if (!ownerKnown) {
            firstHere = c; // "Texas Air Corp's Eastern Airlines Inc": the owner gives the country
          }
          break;
        }
        if (firstHere == null) {
          firstHere = c;
        }
      }
    }
    if (firstHere != null) {
      return firstHere.mention();
    }
    int bestSentence = -1;
    ActorMention best = null;
    for (Candidate c : all) {
      ActorMention m = c.mention();
      if (m.sentenceIndex() < sentence && compatible(c, kind)) {
        if (m.sentenceIndex() > bestSentence) {
          bestSentence = m.sentenceIndex();
          best = m;
        }
      }
    }
    return best;
  }

  /** The mention of sentence {@code sentence} that ends at {@code end}, or null. */
  ActorMention endingAt(int sentence, int end) {
    for (int i = all.size() - 1; i >= 0; i--) {
      ActorMention m = all.get(i).mention();
      if (m.sentenceIndex() == sentence && m.end() == end) {
        return m;
      }
      if (m.sentenceIndex() < sentence) {
        break;
      }
    }
    return null;
  }

  /** The last mention whose role code is {@code role} ("the president" -> an earlier TJKGOV). */
  ActorMention lastWithRole(String role) {
    for (int i = all.size() - 1; i >= 0; i--) {
      String code = all.get(i).mention().code();
      if (code.length() > 3 && code.endsWith(role)) {
        return all.get(i).mention();
      }
    }
    return null;
  }

  /** The last company of a known country or a multinational (USABUS, MNC), or null. */
  ActorMention lastCompany() {
    for (int i = all.size() - 1; i >= 0; i--) {
      ActorMention m = all.get(i).mention();
      String code = m.code();
      boolean business =
          (code.length() > 3
                  && code.endsWith("BUS")
                  && !m.country().equals(ActorMention.UNKNOWN_COUNTRY))
              || code.startsWith("MNC");
      if (business && !all.get(i).person()) {
        return m;
      }
    }
    return null;
  }

  /** The last mention of a country (a code whose first three letters name one), or null. */
  ActorMention lastState(ActorDictionary dict) {
    for (int i = all.size() - 1; i >= 0; i--) {
      Candidate c = all.get(i);
      String code = c.mention().code();
      if (!c.aside() && code.length() >= 3 && dict.countryName(code.substring(0, 3)) != null) {
        return c.mention();
      }
    }
    return null;
  }

  /**
   * The last two mentions of different countries, the earlier first, for "the two countries", "both
   * sides"; null when fewer than two were named.
   */
  List<ActorMention> lastTwoCountries() {
    ActorMention later = null;
    for (int i = all.size() - 1; i >= 0; i--) {
      Candidate c = all.get(i);
      String country = c.mention().country();
      if (c.aside() || country.equals(ActorMention.UNKNOWN_COUNTRY) || country.equals("IGO")) {
        continue;
      }
      if (later == null) {
        later = c.mention();
      } else if (!later.country().equals(country)) {
        return List.of(c.mention(), later);
      }
    }
    return null;
  }

  /** The last mention of a country or organisation, for "the country", "the nation". */
  ActorMention lastCountry() {
    for (int i = all.size() - 1; i >= 0; i--) {
      Candidate c = all.get(i);
      if (!c.person()
          && !c.aside()
          && !c.mention().country().equals(ActorMention.UNKNOWN_COUNTRY)) {
        return c.mention();
      }
    }
    return null;
  }

  private static boolean compatible(Candidate c, Kind kind) {
    if (c.aside()) {
      return false;
    }
    return switch (kind) {
      case PERSON -> c.person();
      case THING -> !c.person() && !c.plural();
      case GROUP -> c.plural() || !c.person();
      case SPEAKER -> true;
    };
  }

  /** What a pronoun can refer to. */
  enum Kind {
    PERSON,
    THING,
    GROUP,
    SPEAKER
  }
}
