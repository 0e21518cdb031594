package org.annals.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actor, agent and country-name dictionaries, indexed for word-level look-ups.
 *
 * <p>The shipped dictionaries are PETRARCH2's Phoenix actor and agent files plus annals' own agents
 * supplement and the country-name table (see the resources' SOURCES.md). Immutable after
 * construction and thread-safe.
 */
public final class ActorDictionary {

  static final String[] ACTOR_RESOURCES = {
    "annals.actors.txt",
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "ICEWS.persons.actors.txt",
    ActorDictionary.NEWS_PERSONS
  };

  /** The people learnt from news ({@code org.annals.actor.build.NewsPersonsBuilder}). */
  static final String NEWS_PERSONS = "Reuters.persons.actors.txt";

  static final String[] AGENT_RESOURCES = {"annals.agents.txt", "Phoenix.agents.txt"};
  static final String COUNTRY_RESOURCE = "countries.tsv";

  private final PhraseTable<ActorEntry> actors = new PhraseTable<>();
  private final PhraseTable<AgentEntry> agents = new PhraseTable<>();
  private final Map<String, ActorEntry> people = new HashMap<>();
  private final Map<String, List<ActorEntry>> surnames = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final java.util.Set<String> roles = new java.util.HashSet<>();

  private boolean skipNewsPersons;

  private ActorDictionary() {}

  /** The dictionaries shipped with annals; loaded once per JVM. */
  public static ActorDictionary standard() {
    return Holder.STANDARD;
  }

  /**
   * The shipped dictionaries with extra actor and agent dictionaries (PETRARCH format) that take
   * precedence over them, e.g. an evaluation set's own actors.
   */
  public static ActorDictionary withExtra(List<Reader> extraActors, List<Reader> extraAgents) {
    try {
      ActorDictionary d = new ActorDictionary();
      for (Reader r : extraActors) {
        d.addActors(PetrarchDictionaryReader.readActors(new BufferedReader(r)));
      }
      for (Reader r : extraAgents) {
        d.addAgents(PetrarchDictionaryReader.readAgents(new BufferedReader(r)));
      }
      d.loadShipped();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped dictionaries without the people learnt from news, which are learnt with these. */
  public static ActorDictionary withoutNewsPersons() {
    try {
      ActorDictionary d = new ActorDictionary();
      d.skipNewsPersons = true;
      d.loadShipped();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PhraseTable<ActorEntry> actors() {
    return actors;
  }

  PhraseTable<AgentEntry> agents() {
    return agents;
  }

  /** The person whose spelling-tolerant first and last name keys are these, or null. */
  ActorEntry person(String firstKey, String lastKey) {
    return people.get(firstKey + ' ' + lastKey);
  }

  /**
   * The one person named by this surname (upper case, as written) who holds an office on {@code
   * date}: a dated role code (GOV, MIL, LEG, ..., not ELI) whose period contains the date
   * ("Nakasone" on 1987-04-01 is Yasuhiro Nakasone, JPNGOV). Only people of the spelling-tolerant
   * index are named so, by the last word of their entry's headword. Null when no one or people of
   * different codes hold office under that name then.
   */
  ActorEntry officeHolder(String surname, LocalDate date) {
    List<ActorEntry> named = date == null ? null : surnames.get(surname);
    if (named == null) {
      return null;
    }
    ActorEntry found = null;
    String code = null;
    for (ActorEntry e : named) {
      for (CodeSpan s : e.codes()) {
        if (!s.dated() || s.from() == null || s.to() == null || !s.contains(date)) {
          continue;
        }
        if (s.code().length() <= 3 || s.code().endsWith("ELI")) {
          continue;
        }
        if (code != null && !code.equals(s.code())) {
          return null;
        }
        code = s.code();
        found = found == null ? e : found;
      }
    }
    return found;
  }

  /**
   * True when the phrase names a country itself (its name, demonym or capital: an entry whose code
   * is a bare country code listed in the country table), not a person or group of it.
   */
  boolean isCountryName(List<ActorEntry> entries) {
    for (ActorEntry e : entries) {
      for (CodeSpan s : e.codes()) {
        if (s.code().length() == 3
            && countryNames.containsKey(s.code())
            && e.phrases().size() > 3) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when an upper-case word read as the country {@code code} is its people's adjective
   * ("RUSSIAN", "CHINESE", "TAJIK"), judged by its ending, not the country's own name ("IRAN").
   */
  public boolean demonym(String key, String code) {
    return demonymOf(key, countryName(code));
  }

  /**
   * As {@link #demonym(String, String)}, given the country's readable name (null when unknown), as
   * an actor mention carries it.
   */
  public static boolean demonymOf(String key, String country) {
    if (country != null && country.toUpperCase(Locale.ROOT).equals(key)) {
      return false;
    }
    if (key.endsWith("STAN")) {
      return false;
    }
    for (String ending : DEMONYM_ENDINGS) {
      if (key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The endings of peoples' adjectives: Russian, Chinese, Turkish, Israeli, Tajik, Swiss. */
  private static final List<String> DEMONYM_ENDINGS =
      List.of("AN", "ESE", "ISH", "I", "IC", "CH", "K", "SS");

  /** Readable name of a country code ("RUS" -> "Russia"), or null when not a country. */
  public String countryName(String code) {
    return countryNames.get(code);
  }

  private void loadShipped() throws IOException {
    for (String r : ACTOR_RESOURCES) {
      if (skipNewsPersons && r.equals(NEWS_PERSONS)) {
        continue;
      }
      try (BufferedReader in = resource(r)) {
        addActors(PetrarchDictionaryReader.readActors(in));
      }
    }
    for (String r : AGENT_RESOURCES) {
      try (BufferedReader in = resource(r)) {
        addAgents(PetrarchDictionaryReader.readAgents(in));
      }
    }
    try (BufferedReader in = resource(COUNTRY_RESOURCE)) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length >= 2 && !line.startsWith("code\t")) {
          countryNames.putIfAbsent(f[0], f[1]);
        }
      }
    }
  }

  /**
   * One-word phrases of the Phoenix files that are common nouns of news text, not names: Tanzim's
   * translation "organization" (so "the International Cocoa Organization" is no rebel group).
   */
  private static final java.util.Set<List<String>> COMMON_NOUNS =
      java.util.Set.of(List.of("ORGANIZATION"), List.of("ORGANISATION"));

  private void addActors(List<ActorEntry> entries) {
    for (ActorEntry e : entries) {
      for (List<String> p : e.phrases()) {
        if (COMMON_NOUNS.contains(p)) {
          continue;
        }
        actors.put(p, e);
        if (hyphenatedPlace(p)) {
          actors.put(List.of(String.join("-", p)), e); // "Port-au-Prince", one word of text
        }
      }
      indexPerson(e);
    }
  }

  /** Particles of place names written with hyphens: "Port-au-Prince", "Aix-en-Provence". */
  private static final java.util.Set<String> PLACE_PARTICLES =
      java.util.Set.of("AU", "DE", "DU", "DES", "LA", "LE", "LES", "EN", "SUR", "SOUS", "AL", "EL");

  private static boolean hyphenatedPlace(List<String> phrase) {
    if (phrase.size() < 3 || phrase.size() > 4) {
      return false;
    }
    for (int i = 1; i < phrase.size() - 1; i++) {
      if (PLACE_PARTICLES.contains(phrase.get(i))) {
        return true;
      }
    }
    return false;
  }

  private void addAgents(List<AgentEntry> entries) {
    for (AgentEntry e : entries) {
      agents.put(e.phrase(), e);
      if (!e.primary() && e.code().length() == 3) {
        roles.add(e.code());
      }
    }
  }

  /**
   * The country or organisation part of a code: "TJKGOV" -> "TJK", "IGOWSTNATMIL" -> "IGOWSTNAT".
   */
  public String base(String code) {
    if (!code.startsWith("IGO")) {
      return code.length() <= 3 ? code : code.substring(0, 3);
    }
    String c = code;
    while (c.length() > 6 && roles.contains(c.substring(c.length() - 3))) {
      c = c.substring(0, c.length() - 3);
    }
    return c;
  }

  /** Two- and three-word names of people with a role code go into the spelling-tolerant index. */
  private void indexPerson(ActorEntry e) {
    if (!isPerson(e)) {
      if (isIgoOfficial(e)) {
        indexSurname(e); // "Conable" on 1987-05-01: Barber Conable of the World Bank
      }
      return;
    }
    for (List<String> p : e.phrases()) {
      if (p.size() < 2 || p.size() > 3) {
        continue;
      }
      String first = NameKey.of(p.get(0));
      String last = NameKey.of(p.get(p.size() - 1));
      if (!first.isEmpty() && !last.isEmpty()) {
        people.putIfAbsent(first + ' ' + last, e);
      }
    }
    indexSurname(e);
  }

  /** Files the entry under the last word of its headword, for {@link #officeHolder}. */
  private void indexSurname(ActorEntry e) {
    List<String> head = e.phrases().get(0);
    List<ActorEntry> named =
        surnames.computeIfAbsent(head.get(head.size() - 1), k -> new ArrayList<>());
    if (!named.contains(e)) {
      named.add(e);
    }
  }

  /**
   * Heads of international organisations, as the Phoenix dictionaries date them ("BARBER_CONABLE_
   * [IGOUNODEVWBK 860701-910831]"): named by their surname alone while in office, as state
   * officials are, though not people of a state's role.
   */
  private static boolean isIgoOfficial(ActorEntry e) {
    List<String> head = e.phrases().isEmpty() ? List.of() : e.phrases().get(0);
    if (head.size() < 2 || head.size() > 4) {
      return false;
    }
    for (CodeSpan s : e.codes()) {
      if (s.code().startsWith("IGO") && s.dated() && s.from() != null && s.to() != null) {
        return true;
      }
    }
    return false;
  }

  /** People: entries whose codes carry a role and which are dated, as leaders' entries are. */
  static boolean isPerson(ActorEntry e) {
    boolean role = false;
    boolean dated = false;
    for (CodeSpan s : e.codes()) {
      role |= s.code().length() > 3 && !s.code().startsWith("IGO");
      dated |= s.dated();
    }
    List<String> head = e.phrases().isEmpty() ? List.of() : e.phrases().get(0);
    return role && dated && head.size() >= 2 && head.size() <= 4;
  }

  /** "EMOMALI_RAHMONOV" -> "Emomali Rahmonov"; short all-letter acronyms stay as they are. */
  static String readable(String headword) {
    String s = headword.replace('_', ' ').strip();
    if (s.startsWith("THE ")) {
      s = s.substring(4);
    }
    if (s.length() <= 6 && !s.contains(" ")) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '.';
    }
    return out.toString();
  }

  private static BufferedReader resource(String name) throws IOException {
    InputStream in = ActorDictionary.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static final class Holder {
    static final ActorDictionary STANDARD = withExtra(new ArrayList<>(), new ArrayList<>());
  }
}
