package org.annals.actor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.actor.Antecedents.Candidate;
import org.annals.actor.Antecedents.Kind;
import org.annals.text.Sentence;

/**
 * Finds actors with word-level dictionary look-ups (PETRARCH/Phoenix dictionaries) and resolves
 * pronouns and definite references to earlier actors of the same article.
 *
 * <p>Per sentence: names and demonyms ("Tajik", "Moscow", "NATO"), optionally followed by an agent
 * ("Tajik President", "Syrian rebels", "Kenya's president") and a person's name; agents with an
 * "of" country ("president of Russia"); people by a spelling-tolerant key of their first and last
 * names, and later by their surname alone; then pronouns ("he", "its", "our" inside a quote),
 * possessive agents ("its president") and definite references ("the pilot", "the country").
 *
 * <p>Thread-safe: all per-article state is local to {@link #find}.
 */
public final class DictionaryActorRecognizer implements ActorRecognizer {

  private static final Set<String> PERSON_SUBJECT = Set.of("HE", "SHE", "HIM");
  private static final Set<String> PERSON_POSSESSIVE = Set.of("HIS", "HER");
  private static final Set<String> FIRST_PERSON = Set.of("WE", "I", "ME", "US");
  private static final Set<String> FIRST_POSSESSIVE = Set.of("OUR", "MY");
  private static final Set<String> COUNTRY_NOUNS =
      Set.of("NATION", "COUNTRY", "TERRITORY", "PEOPLE", "STATE", "LAND", "SOIL", "HOMELAND");

  /**
   * A state's installations and ships, which stand for it where they are struck or defended: "the
   * American raid on its Gulf oil platforms", "to protect their tankers".
   */
  private static final Set<String> HOLDINGS =
      Set.of(
          "PLATFORM",
          "PLATFORMS",
          "RIG",
          "RIGS",
          "TANKER",
          "TANKERS",
          "SHIPS",
          "VESSELS",
          "SHIPPING",
          "EMBASSY",
          "OILFIELDS",
          "INSTALLATIONS",
          "WATERS",
          "AIRSPACE",
          "BORDER",
          "BORDERS",
          "PORTS",
          "CITIES",
          "TOWNS",
          "VILLAGES");

  /** Verbs after which "there" is a place gone to: "when he visits there". */
  private static final Set<String> TRAVEL_VERBS =
      Set.of(
          "VISIT",
          "VISITS",
          "VISITED",
          "VISITING",
          "TRAVEL",
          "TRAVELS",
          "TRAVELLED",
          "TRAVELED",
          "TRAVELLING",
          "TRAVELING",
          "GO",
          "GOES",
          "WENT",
          "GOING",
          "RETURN",
          "RETURNS",
          "RETURNED",
          "RETURNING");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "AND", "OR", "BUT", "OF", "IN", "ON", "AT", "TO", "FOR", "WITH", "BY", "FROM", "AS", "IS",
          "ARE", "WAS", "WERE", "BE", "BEEN", "HAS", "HAVE", "HAD", "WILL", "WOULD", "CAN", "COULD",
          "MAY", "MIGHT", "SHALL", "SHOULD", "MUST", "DO", "DOES", "DID", "NOT", "THAT", "WHO",
          "WHICH", "WHOSE", "THIS", "THESE", "THOSE", "THE", "A", "AN", "SAID", "SAYS", "SAY",
          "TOLD", "ALSO", "THEN", "THAN", "ALL", "OTHER", "OWN", "ITS", "THEIR", "HIS", "HER",
          "OUR", "SUCH", "VIA", "ABOUT", "OVER", "AFTER", "BEFORE", "AGAINST");

  /** The legal-form words that end a company's name ("Boliden AB", "Nippon Oil Co"). */
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "CO",
          "CORP",
          "CORPORATION",
          "INC",
          "INCORPORATED",
          "LTD",
          "LIMITED",
          "PLC",
          "AB",
          "AG",
          "SA",
          "NV",
          "BV",
          "LLC",
          "GMBH",
          "ASA",
          "OYJ",
          "BHD");

  /** Nouns of businesses that an "X-based" modifier places ("a Moscow-based bank"). */
  private static final Set<String> ORGANISATIONS =
      Set.of(
          "BANK",
          "FIRM",
          "COMPANY",
          "GROUP",
          "LENDER",
          "INSURER",
          "BROKER",
          "BROKERAGE",
          "AIRLINE",
          "CARRIER",
          "MAKER",
          "MANUFACTURER",
          "PRODUCER",
          "RETAILER",
          "CONGLOMERATE",
          "FUND",
          "INVESTOR",
          "OPERATOR",
          "SUPPLIER",
          "DEVELOPER",
          "AUTOMAKER",
          "BROADCASTER",
          "SUBSIDIARY",
          "GIANT",
          "CONCERN",
          "CHAIN");

  /** Groups sent abroad, which "it" refers to: "a Taiwan mission ... when it visits". */
  private static final Set<String> SENT_GROUPS = Set.of("MISSION", "DELEGATION", "TEAM");

  /** Ships, aircraft and installations, named by a country's adjective: things, not persons. */
  private static final Set<String> CRAFT =
      Set.of(
          "TANKER",
          "SHIP",
          "VESSEL",
          "FREIGHTER",
          "FRIGATE",
          "DESTROYER",
          "WARSHIP",
          "BOAT",
          "GUNBOAT",
          "SUBMARINE",
          "PLATFORM",
          "RIG",
          "PLANE",
          "AIRCRAFT",
          "AIRLINER",
          "JET",
          "HELICOPTER",
          "EMBASSY",
          "CONSULATE");

  /** People who comment on events, named after the field they comment on ("industry analysts"). */
  private static final Set<String> COMMENTATORS =
      Set.of("ANALYST", "EXPERT", "OBSERVER", "COMMENTATOR", "WATCHER", "PUNDIT", "ECONOMIST");

  /** Words that report what a news source says ("IRNA said", "Xinhua reported"). */
  private static final Set<String> REPORTS =
      Set.of(
          "SAID",
          "SAYS",
          "SAY",
          "REPORTED",
          "REPORTS",
          "REPORT",
          "QUOTED",
          "QUOTING",
          "CITED",
          "CITING",
          "ADDED",
          "WROTE");

  /**
   * Roles of institutions and armed or political groups that act inside their own country, which a
   * sentence naming one country gives to it (not companies, media or refugees, which are as often
   * foreign, nor civilians, "people" and "neighbourhoods", which name no one in particular).
   */
  private static final Set<String> DOMESTIC_ROLES =
      Set.of("GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "INS");

  /**
   * True when a mention names a country as a place, not through a person or a thing of it: "Syria",
   * "Syria's", "Aleppo", but not "Syrian state media" or "Brazilian orange juice".
   */
  private boolean place(ActorMention m) {
    if (m.code().length() != 3 || m.text().isEmpty()) {
      return false;
    }
    String first = m.text().split("[\\s']", 2)[0].toUpperCase(Locale.ROOT);
    return !dict.demonym(first, m.code());
  }

  /** Nouns the agent dictionary lists that name places, not people: "14 years in prison". */
  private static final Set<String> NO_AGENTS = Set.of("PRISON", "PRISONS");

  /** Words that open a verb's object: after "to", an agent noun before one is a verb. */
  private static final Set<String> OBJECT_OPENERS =
      Set.of("A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "THIS", "THESE", "THOSE");

  /** Words that make a community the world's, not a country's: "the international community". */
  private static final Set<String> WORLD = Set.of("INTERNATIONAL", "GLOBAL", "WORLD");

  /** Words between a country and a title that leave the title the country's ("first deputy"). */
  private static final Set<String> TITLE_MODIFIERS =
      Set.of(
          "FORMER",
          "FIRST",
          "SECOND",
          "SENIOR",
          "TOP",
          "ACTING",
          "NEW",
          "CHIEF",
          "SECURITY",
          "INTERIM",
          "OUTGOING",
          "INCOMING",
          "VETERAN",
          "LEADING",
          "DEPUTY",
          "ASSISTANT");

  /**
   * Fields an official or a group works in, between a country and its agent noun: "U.S. trade
   * negotiators", "Soviet arms officials", "Japanese farm ministry officials".
   */
  private static final Set<String> DOMAINS =
      Set.of(
          "TRADE",
          "ARMS",
          "OIL",
          "FARM",
          "FINANCE",
          "FINANCIAL",
          "MONETARY",
          "BANKING",
          "ECONOMIC",
          "ECONOMY",
          "BUDGET",
          "DEBT",
          "TAX",
          "CURRENCY",
          "ENERGY",
          "AGRICULTURE",
          "AGRICULTURAL",
          "TREASURY",
          "FOREIGN",
          "DEFENCE",
          "DEFENSE",
          "MILITARY",
          "NAVAL",
          "INTELLIGENCE",
          "NUCLEAR",
          "PEACE",
          "BORDER",
          "CUSTOMS",
          "HEALTH",
          "EMBASSY",
          "CABINET",
          "GOVERNMENT");

  /**
   * Goods and trades between a country and an agent noun that leave the agent the country's:
   * "Taiwan soybean importers", "U.S. wheat exporters", "Japanese steel makers".
   */
  private static final Set<String> GOODS =
      Set.of(
          "WHEAT",
          "CORN",
          "GRAIN",
          "SOYBEAN",
          "SOYBEANS",
          "SUGAR",
          "COFFEE",
          "COCOA",
          "RICE",
          "BEEF",
          "MEAT",
          "STEEL",
          "COAL",
          "TEXTILE",
          "CAR",
          "AUTO",
          "CHIP",
          "SEMICONDUCTOR",
          "COMPUTER",
          "RUBBER",
          "TIN",
          "COPPER",
          "GOLD",
          "METAL",
          "PAPER",
          "TIMBER",
          "LUMBER",
          "FISH",
          "COTTON",
          "WOOL",
          "PETROLEUM",
          "CRUDE",
          "AIRCRAFT",
          "SHIPPING",
          "INSURANCE",
          "SECURITIES",
          "FEED",
          "FLOUR",
          "OILSEED",
          "VEGETABLE",
          "DAIRY",
          "ELECTRONICS");

  /**
   * "Japanese feed and starch makers": a second good joined to a first by "and"; "a Japanese
   * autoparts maker": one plain lower-case word of goods right before the agent noun.
   */
  private boolean goodsOfTrader(Ctx c, int k, int j) {
    if (j > k && c.key(j).equals("AND")) {
      return GOODS.contains(c.key(j - 1));
    }
    if (j == k
        && !c.w(j).capitalized()
        && c.key(j).length() > 3
        && c.key(j).chars().allMatch(Character::isLetter)
        && !c.key(j).endsWith("ED")
        && !c.key(j).endsWith("ING")
        && !c.key(j).endsWith("LY")) {
      PhraseTable.Match<AgentEntry> a = dict.agents().longestAt(c.words, j + 1, this::agentKeys);
      return a != null && a.values().get(0).code().endsWith("BUS");
    }
    return j > k + 1 && c.key(j - 1).equals("AND") && !c.w(j).capitalized();
  }

  /** Roles of a state's own institutions, which a bare mention gives to the state last named. */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

  private static final Set<String> INSTITUTIONS =
      Set.of(
          "GOVERNMENT",
          "ADMINISTRATION",
          "MINISTRY",
          "ARMY",
          "MILITARY",
          "COURT",
          "PARLIAMENT",
          "POLICE",
          "CABINET",
          "REGIME",
          "NAVY",
          "CONGRESS",
          "SENATE",
          "COMMISSION",
          "COUNCIL",
          "AUTHORITY",
          "AUTHORITIES",
          "FORCE",
          "FORCES",
          "TROOPS",
          "PARTY",
          "MEDIA",
          "COMPANY",
          "DEPARTMENT",
          "OFFICE",
          "AGENCY",
          "BUREAU",
          "AIRLINE",
          "CARRIER",
          "BANK",
          "FIRM",
          "GROUP",
          "CORPORATION",
          "CONCERN",
          "MAKER",
          "MANUFACTURER",
          "PRODUCER",
          "INSURER",
          "SUBSIDIARY",
          "CONSORTIUM",
          "ASSOCIATION",
          "FEDERATION",
          "INSTITUTE",
          "BOARD",
          "COMMITTEE",
          "TRIBUNAL",
          "UNION");

  private final ActorDictionary dict;

  public DictionaryActorRecognizer(ActorDictionary dict) {
    this.dict = dict;
  }

  /** The recognizer with annals' shipped dictionaries; built once per JVM. */
  public static DictionaryActorRecognizer standardRecognizer() {
    return Holder.STANDARD;
  }

  @Override
  public List<ActorMention> find(String text, List<Sentence> sentences, LocalDate date) {
    if (text == null || sentences == null) {
      return List.of();
    }
    Antecedents ante = new Antecedents();
    List<ActorMention> out = new ArrayList<>();
    int lastEnd = 0;
    for (Sentence s : sentences) {
      if (s == null || s.begin() < 0 || s.end() > text.length() || s.begin() > s.end()) {
        continue;
      }
      List<ActorMention> found;
      try {
        found =
            sentence(text, s.index(), WordTokenizer.words(text, s.begin(), s.end()), date, ante);
      } catch (RuntimeException e) {
        found = List.of(); // a sentence the rules cannot read yields no actors, never a failure
      }
      for (ActorMention m : found) {
        if (m.begin() >= lastEnd) {
          out.add(m);
          lastEnd = m.end();
        }
      }
    }
    return out;
  }

  private List<ActorMention> sentence(
      String text, int index, List<Word> words, LocalDate date, Antecedents ante) {
    Ctx c = new Ctx(text, index, words, date, ante);
    List<ActorMention> found = new ArrayList<>();
    List<ActorMention> named = new ArrayList<>(); // countries named by what is no actor
    int dateline = words.isEmpty() ? 0 : datelineEnd(text, words.get(0).begin());
    int i = 0;
    while (i < words.size()) {
      int pair = pairEnd(c, i);
      List<ActorMention> two = pair > 0 ? ante.lastTwoCountries() : null;
      if (two != null) {
        // "the two countries", "both sides": the last two named, as two mentions side by side
        for (int n = 0; n < 2; n++) {
          int from = n == 0 ? i : pair - 1;
          int to = n == 0 ? pair - 1 : pair;
          ActorMention a = two.get(n);
          ActorMention m =
              c.mention(from, to, base(a.code()), nameOf(base(a.code()), a.name()), true);
          found.add(m);
        }
        i = pair;
        continue;
      }
      ActorMention[] joint = jointAdjective(c, i);
      if (joint != null) {
        // "Soviet-American talks": the two parties, on the adjective and on its noun
        found.add(joint[0]);
        found.add(joint[1]);
        ante.add(new Candidate(joint[0], false, false, false));
        ante.add(new Candidate(joint[1], false, false, false));
        while (i < words.size() && words.get(i).end() <= joint[1].end()) {
          i++;
        }
        continue;
      }
      Found f = company(c, i);
      if (f == null) {
        f = named(c, i);
      }
      if (f == null) {
        f = reference(c, i);
      }
      if (f == null) {
        i++;
        continue;
      }
      if (f.mention() == null) {
        i = Math.max(f.end(), i + 1); // words that name no actor
        continue;
      }
      if (f.mention().end() <= dateline) {
        // "BONN, March 30 - Sony said ...": where the story was filed, no actor of it
        ante.add(new Candidate(f.mention(), false, false, false));
        i = Math.max(f.end(), i + 1);
        continue;
      }
      if (reportingMedia(c, i, f)) {
        // "told Reuters", "IRNA said": the channel, not an actor; a national medium still
        // names the country the report is about ("the Saudi Press Agency said the king ...")
        if (!f.mention().country().equals(ActorMention.UNKNOWN_COUNTRY)
            && !f.mention().code().equals("MED")) {
          ante.add(new Candidate(f.mention(), false, false, false));
          named.add(f.mention());
        }
        i = Math.max(f.end(), i + 1);
        continue;
      }
      if (f.person()) {
        f = withRestOfName(c, i, f); // "Crown Prince Abdullah bin Abdul Aziz met ..."
        f = holderOfTitle(c, i, f, found);
      } else if (i > 0 && HONORIFICS.contains(c.key(i - 1))) {
        f = holderOfTitle(c, i, f, found); // a name the dictionaries give an IGO's office
      }
      ActorMention m = sharesRole(c, i, f.mention());
      // "Representatives of the U.S., the European Community and Japan": an IGO in the list
      // keeps its own code and the list goes on
      boolean listed = m != f.mention() || igoInRoleList(c, i, m);
      found.add(m);
      ante.add(new Candidate(m, f.person(), f.plural(), c.inParentheses(i), possessor(c, f.end())));
      i = Math.max(f.end(), i + 1);
      if (c.sharedRole != null && c.roleEnd != i) {
        c.roleEnd = !listed && c.roleEnd != f.end() ? -1 : i;
      }
    }
    return inCountryOfSentence(found, named);
  }

  /** Honorifics between a title and its holder's name: "Foreign Secretary Sir Geoffrey Howe". */
  private static final Set<String> HONORIFICS = Set.of("SIR", "DAME", "LORD");

  /**
   * "the Deputy U.S. Trade Representative, Michael Smith,", "British Foreign Secretary Sir Geoffrey
   * Howe": a name set off by a comma or an honorific right after a title is the title's holder, of
   * its country and role, whatever other person the dictionaries know by that name.
   */
  private Found holderOfTitle(Ctx c, int i, Found f, List<ActorMention> found) {
    boolean comma = i >= 2 && c.key(i - 1).equals(",");
    boolean honorific = i >= 2 && HONORIFICS.contains(c.key(i - 1)); // "Secretary Sir Geoffrey"
    if ((!comma && !honorific) || found.isEmpty()) {
      return f;
    }
    ActorMention title = found.get(found.size() - 1);
    ActorMention m = f.mention();
    if (title.end() != c.w(comma ? i - 2 : i - 1).end()
        || title.code().length() <= 3
        || title.country().equals(ActorMention.UNKNOWN_COUNTRY)
        || title.country().equals(m.country())
        || !agentEndsAt(c, i - 1)) {
      return f;
    }
    return new Found(
        new ActorMention(
            m.sentenceIndex(), m.begin(), m.end(), m.text(), title.code(), m.name(), false),
        f.end(),
        true,
        false);
  }

  /** True when an agent phrase of at most three words ends right before word {@code end}. */
  private boolean agentEndsAt(Ctx c, int end) {
    for (int j = end - 1; j >= Math.max(0, end - 3); j--) {
      PhraseTable.Match<AgentEntry> a = dict.agents().longestAt(c.words, j, this::agentKeys);
      if (a != null && a.to() == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Insurgents bombarded a part of Syria's second city", "government forces clashed with rioters
   * in Tunis": when every actor of the sentence whose country is known is of one country, and the
   * sentence names it as a place, the sentence's domestic agents of no named country are that
   * country's. With two countries, or one named only through its people or goods ("Israeli troops",
   * "Brazilian orange juice"), they stay unknown. {@code named} are the countries of the news
   * services the sentence cites.
   */
  private List<ActorMention> inCountryOfSentence(
      List<ActorMention> found, List<ActorMention> named) {
    if (found.stream().noneMatch(DictionaryActorRecognizer::domesticOfNoCountry)) {
      return found; // most sentences: nothing to give a country to
    }
    String only = null;
    boolean placed = false;
    for (List<ActorMention> list : List.of(found, named)) {
      for (ActorMention m : list) {
        String country = m.country();
        if (!country.equals(ActorMention.UNKNOWN_COUNTRY) && dict.countryName(country) != null) {
          if (only != null && !only.equals(country)) {
            return found;
          }
          only = country;
          placed |= place(m);
        }
      }
    }
    if (only == null || !placed) {
      return found;
    }
    List<ActorMention> out = new ArrayList<>(found.size());
    for (ActorMention m : found) {
      if (domesticOfNoCountry(m)) {
        m =
            new ActorMention(
                m.sentenceIndex(),
                m.begin(),
                m.end(),
                m.text(),
                only + m.code().substring(3),
                m.name(),
                true);
      }
      out.add(m);
    }
    return out;
  }

  /** A domestic agent of no named country: "---REB", "---GOV". */
  private static boolean domesticOfNoCountry(ActorMention m) {
    return m.country().equals(ActorMention.UNKNOWN_COUNTRY)
        && m.code().length() == 6
        && DOMESTIC_ROLES.contains(m.code().substring(3));
  }

  /**
   * The end of a news dateline that opens a sentence at {@code begin} ("BONN, March 30 - ",
   * "ATLANTA (Reuters) - ", "RAMALLAH, West Bank — "), or 0 when there is none.
   */
  static int datelineEnd(String text, int begin) {
    Matcher m = DATELINE.matcher(text);
    m.region(begin, Math.min(text.length(), begin + 120));
    if (!m.lookingAt()) {
      // a web page's header before the wire dateline: "CAIRO | Thu Apr 30, 2009 9:44 am EDT
      // CAIRO (Reuters) - "
      Matcher agency = AGENCY_DATELINE.matcher(text);
      agency.region(begin, Math.min(text.length(), begin + 200));
      return agency.find() ? agency.end() : 0;
    }
    // a date, a news agency or a city in capitals: "Russia - the old enemy - attacked" is no
    // dateline
    String line = m.group();
    int firstEnd = begin;
    while (firstEnd < m.end() && Character.isLetter(text.charAt(firstEnd))) {
      firstEnd++;
    }
    String first = text.substring(begin, firstEnd);
    boolean capitals = first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT));
    return line.matches("(?s).*\\d.*") || line.contains("(") || capitals ? m.end() : 0;
  }

  /** News agencies named in datelines: "(Reuters)", "(AP)", "(Xinhua)". */
  private static final String AGENCY =
      "(?:Reuters|Reuter|AP|AFP|UPI|Xinhua|Kyodo|Tass|TASS|ITAR-TASS|dpa|DPA|Bloomberg|CNN|ANSA|EFE"
          + "|Interfax|RIA|Yonhap|KUNA|WAM|IRNA|SPA|MENA|PTI|IANS|Bernama|BERNAMA|CNA|AAP|APA)";

  /**
   * The dash after a dateline: hyphens, en and em dashes, and the underscore the AP's wire uses for
   * one ("MIAMI _ With a tense Miami waiting"); a space may be missing after an agency's
   * parenthesis ("(AP)-- ").
   */
  private static final String DATELINE_DASH = "\\s*[-\u2013\u2014_]+\\s+";

  private static final Pattern AGENCY_DATELINE =
      Pattern.compile("\\b[A-Z]{3,}[A-Z ,.'\\-]*\\s+\\(\\s*" + AGENCY + "\\s*\\)" + DATELINE_DASH);

  private static final Pattern DATELINE =
      Pattern.compile(
          "[A-Z][A-Za-z.'\\-]*(?:\\s+[A-Z][A-Za-z.'\\-]*){0,3}"
              + "(?:,\\s+[A-Z][A-Za-z.'\\-]*(?:\\s+[A-Z][A-Za-z.'\\-]*){0,2})?"
              + "(?:,\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?"
              + "(?:\\s+\\(\\s*"
              + AGENCY
              + "[^)]*\\))?"
              + DATELINE_DASH);

  /**
   * "Soviet-American talks", "U.S.-Japanese relations": a hyphenated pair of country names or
   * adjectives before a noun of dealings gives two mentions, the first country's on the compound
   * and the second's on the noun; null when word {@code i} is no such pair.
   */
  private ActorMention[] jointAdjective(Ctx c, int i) {
    Word w = c.w(i);
    if (!w.capitalized()) {
      return null;
    }
    String firstName;
    String secondName;
    int split; // the first word of the second mention
    int noun;
    int dash = w.text().indexOf('-', 1);
    if (dash > 0 && dash < w.text().length() - 1) {
      firstName = w.text().substring(0, dash); // "Soviet-American", one word
      secondName = w.text().substring(dash + 1);
      split = i + 1;
      noun = i + 1;
    } else if (c.key(i + 1).equals("-") && i + 2 < c.words.size()) {
      firstName = w.text(); // "U.S.-Japanese", three words
      secondName = c.w(i + 2).text();
      split = i + 2;
      noun = i + 3;
    } else {
      return null;
    }
    // "U.S.-Japanese trade talks", "Soviet-American arms talks": a field before the noun
    int end = noun;
    for (int j = noun; j < Math.min(c.words.size(), noun + 3); j++) {
      Word x = c.w(j);
      if (x.capitalized() || !x.key().chars().allMatch(Character::isLetter)) {
        break;
      }
      if (DEALINGS.contains(x.key())) {
        end = j;
      }
    }
    if (end >= c.words.size() || !DEALINGS.contains(c.key(end))) {
      return null;
    }
    noun = end;
    String first = countryOfName(firstName);
    String second = countryOfName(secondName);
    if (first == null || second == null || first.equals(second)) {
      return null;
    }
    return new ActorMention[] {
      c.mention(i, split, first, nameOf(first, first), true),
      c.mention(split, noun + 1, second, nameOf(second, second), true)
    };
  }

  /** The country a single name or adjective names ("Soviet", "U.S."), or null. */
  private String countryOfName(String name) {
    List<Word> words = WordTokenizer.words(name);
    PhraseTable.Match<ActorEntry> m =
        words.isEmpty() ? null : dict.actors().longestAt(words, 0, this::nameKeys);
    if (m == null || m.to() != words.size()) {
      return null;
    }
    String code = choose(m.values(), null).codeOn(null);
    return code.length() == 3 && !code.equals(ActorMention.UNKNOWN_COUNTRY) ? code : null;
  }

  /** Nouns of dealings between two states that a joint adjective names the parties of. */
  private static final Set<String> DEALINGS =
      Set.of(
          "TALKS",
          "NEGOTIATIONS",
          "MEETING",
          "SUMMIT",
          "CONSULTATIONS",
          "RELATIONS",
          "TIES",
          "TRADE",
          "ACCORD",
          "AGREEMENT",
          "PACT",
          "TREATY",
          "DIALOGUE",
          "COOPERATION");

  /**
   * The end of a reference to two states at word {@code i}: "the two countries", "both sides", "the
   * two governments"; 0 when there is none.
   */
  private static int pairEnd(Ctx c, int i) {
    int j = i;
    if (c.key(j).equals("THE") && c.key(j + 1).equals("TWO")) {
      j += 2;
    } else if (c.key(j).equals("BOTH")) {
      j += 1;
    } else {
      return 0;
    }
    return PAIR_NOUNS.contains(c.key(j)) ? j + 1 : 0;
  }

  private static final Set<String> PAIR_NOUNS =
      Set.of("COUNTRIES", "NATIONS", "SIDES", "GOVERNMENTS", "STATES", "NEIGHBOURS", "NEIGHBORS");

  /**
   * A person's mention with the rest of the name that follows it: capitalised words that name no
   * actor, not a month or a weekday, and the particles of Arabic, Spanish, Dutch and German names
   * between them ("bin", "al", "de", "van", "von").
   */
  private Found withRestOfName(Ctx c, int i, Found f) {
    int end = f.end();
    int j = end;
    while (j < Math.min(c.words.size(), f.end() + 4)) {
      Word w = c.w(j);
      boolean particle = NAME_PARTICLES.contains(w.key()) && !w.capitalized();
      if (particle && j + 1 < c.words.size() && c.w(j + 1).capitalized()) {
        j++;
        continue;
      }
      if (!w.capitalized()
          || w.punctuation()
          || calendar(w.key())
          || FUNCTION_WORDS.contains(w.key())
          || dict.actors().longestAt(c.words, j, this::nameKeys) != null
          || dict.agents().longestAt(c.words, j, this::agentKeys) != null) {
        break;
      }
      end = ++j;
    }
    if (end == f.end()) {
      return f;
    }
    ActorMention m = f.mention();
    ActorMention longer = c.mention(i, end, m.code(), m.name(), m.resolved());
    return new Found(longer, end, f.person(), f.plural());
  }

  /** Plural nouns after a name for those who act as its members: "NATO allies", "EU partners". */
  private static final Set<String> MEMBERS =
      Set.of("ALLIES", "PARTNERS", "MEMBERS", "MEMBER-STATES", "COUNTERPARTS");

  /** Currency words after a country's name or adjective: "U.S. dlrs", "Canadian cts". */
  private static final Set<String> CURRENCIES =
      Set.of(
          "DLR",
          "DLRS",
          "DOLLAR",
          "DOLLARS",
          "CTS",
          "CENTS",
          "YEN",
          "FRANC",
          "FRANCS",
          "MARK",
          "MARKS",
          "POUND",
          "POUNDS",
          "STG",
          "STERLING",
          "CROWN",
          "CROWNS",
          "LIRA",
          "LIRE",
          "PESO",
          "PESOS",
          "RUPEE",
          "RUPEES",
          "RAND",
          "GUILDER",
          "GUILDERS",
          "YUAN",
          "RUBLE",
          "RUBLES",
          "ROUBLE",
          "ROUBLES",
          "EURO",
          "EUROS",
          "CURRENCY");

  private static final Set<String> NAME_PARTICLES =
      Set.of("BIN", "BEN", "IBN", "AL", "EL", "ABU", "DE", "DA", "DEL", "DI", "VAN", "VON", "DER");

  /** A month or weekday name, or a month's abbreviation ("Sept"): "Bush Monday said". */
  private static boolean calendar(String key) {
    for (Month m : Month.values()) {
      if (m.name().equals(key)
          || (key.length() >= 3 && key.length() <= 4 && m.name().startsWith(key))) {
        return true;
      }
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The ambassadors of X, Y and Z": countries conjoined to the country of an "agent of" phrase
   * share its role (each is an ambassador, not the country itself).
   */
  private static ActorMention sharesRole(Ctx c, int i, ActorMention m) {
    if (c.sharedRole == null || c.roleEnd < 0 || m.code().length() != 3 || m.resolved()) {
      return m;
    }
    for (int j = c.roleEnd; j < i; j++) {
      String k = c.key(j);
      if (!k.equals(",") && !k.equals("AND") && !k.equals("THE")) {
        c.sharedRole = null;
        return m;
      }
    }
    return new ActorMention(
        m.sentenceIndex(), m.begin(), m.end(), m.text(), m.code() + c.sharedRole, m.name(), false);
  }

  /** True when {@code m} is an IGO joined by commas and "and" to a list sharing a role. */
  private static boolean igoInRoleList(Ctx c, int i, ActorMention m) {
    if (c.sharedRole == null || c.roleEnd < 0 || !m.code().startsWith("IGO") || m.resolved()) {
      return false;
    }
    for (int j = c.roleEnd; j < i; j++) {
      String k = c.key(j);
      if (!k.equals(",") && !k.equals("AND") && !k.equals("THE")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A news medium named as the channel of the report rather than as an actor: a news service of no
   * country ("Reuters", "AFP"), the addressee of "told" or the source after "according to" and
   * "quoted by", or a medium followed by a reporting verb ("the Iranian news agency IRNA said").
   */
  private static boolean reportingMedia(Ctx c, int i, Found f) {
    String code = f.mention().code();
    if (f.mention().resolved() || !code.endsWith("MED")) {
      return false;
    }
    if (code.equals("MED")) {
      return true;
    }
    int p = i - 1;
    while (p >= 0 && (c.key(p).equals("THE") || c.key(p).equals("OFFICIAL"))) {
      p--;
    }
    String before = c.key(p);
    if (before.equals("TOLD")
        || (before.equals("TO") && c.key(p - 1).equals("ACCORDING"))
        || (before.equals("BY")
            && (c.key(p - 1).equals("QUOTED") || c.key(p - 1).equals("CITED")))) {
      return true;
    }
    for (int j = f.end(); j < Math.min(c.words.size(), f.end() + 3); j++) {
      if (REPORTS.contains(c.key(j))) {
        return true;
      }
      if (c.w(j).punctuation()) {
        break;
      }
    }
    return false;
  }

  /**
   * A company and its country: a name ending in a legal form ("North China Industrial Co",
   * "&lt;Ecolab Co&gt; of the United States", "Swedish mining group Boliden AB"), or a name after
   * "X-based" ("Tokyo-based Nippon Oil"). The country is a place in the name, the "X" of "X-based",
   * a country or demonym before the name, or an "of" country after it; the code is the country's
   * with the business role (CHNBUS). Null when the words are no such company or no country is
   * found.
   */
  private Found company(Ctx c, int i) {
    Word w = c.w(i);
    if (!w.capitalized()) {
      return null;
    }
    String k = w.key();
    if (k.endsWith("-BASED") && k.length() > 6) {
      String place = placeCode(c.text.substring(w.begin(), w.end() - 6));
      int end = capitalizedRun(c, i + 1);
      if (place == null) {
        return null;
      }
      int name = i + 1;
      if (end == i + 1) {
        // "one Moscow-based bank": an organisation noun after at most one modifier; "a
        // British-based oil giant BP Plc": its name after it
        int j = i + 1;
        for (; j < Math.min(c.words.size(), i + 4) && adjective(c, j); j++) {
          if (ORGANISATIONS.contains(singular(c.key(j)))
              && (j + 1 >= c.words.size() || !c.w(j + 1).capitalized())) {
            return companyAt(c, i, j + 1, place);
          }
        }
        if (j == i + 1 || j >= c.words.size() || !c.w(j).capitalized()) {
          return null;
        }
        name = j;
        end = capitalizedRun(c, j);
      }
      PhraseTable.Match<ActorEntry> known = dict.actors().longestAt(c.words, name, this::nameKeys);
      if (known != null
          && known.to() >= end
          && !choose(known.values(), c.date).codeOn(c.date).startsWith("MNC")) {
        return null; // "London-based Amnesty International": the dictionary's actor
      }
      return companyAt(c, i, end, place);
    }
    PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, i, this::nameKeys);
    String country = m != null && acceptable(c, m) ? countryOf(m) : null;
    if (country != null) {
      // "Swedish mining group Boliden AB": a country, a few lower-case words, a company name;
      // "Britain's Imperial Chemical Industries PLC": a country's company
      int start = c.key(m.to()).equals("'S") ? m.to() + 1 : m.to();
      int j = start;
      while (j < Math.min(c.words.size(), start + 3) && adjective(c, j)) {
        j++;
      }
      if ((j > m.to() || start > m.to()) && j < c.words.size() && c.w(j).capitalized()) {
        int end = capitalizedRun(c, j);
        if (COMPANY_SUFFIXES.contains(c.key(end - 1)) && end - 1 > j) {
          return companyAt(c, i, end, country);
        }
        PhraseTable.Match<ActorEntry> firm = dict.actors().longestAt(c.words, j, this::nameKeys);
        boolean sea =
            i >= 2 && c.key(i - 1).equals("OF") && GEOGRAPHIC_FEATURES.contains(c.key(i - 2));
        if (firm != null && multinational(c, firm) && !sea) {
          return companyAt(c, i, firm.to(), country); // "British oil giant BP"
        }
      }
    }
    int end = capitalizedRun(c, i);
    int bracketed = bracketedName(c, i);
    if (bracketed > 0 && (end - i < 2 || !COMPANY_SUFFIXES.contains(c.key(end - 1)))) {
      // "<Banco de Santander> of Spain": wire copy's brackets mark a company's name
      PhraseTable.Match<ActorEntry> of = countryAfterOf(c, bracketed + 1);
      return of == null ? null : companyAt(c, i, bracketed, of.to(), countryOf(of));
    }
    if (end - i < 2 || !COMPANY_SUFFIXES.contains(c.key(end - 1))) {
      return null;
    }
    String inside = null;
    for (int j = i; j < end - 1 && inside == null; j++) {
      PhraseTable.Match<ActorEntry> n = dict.actors().longestAt(c.words, j, this::nameKeys);
      if (n != null && n.to() < end && acceptable(c, n)) {
        inside = countryOf(n);
      }
    }
    if (inside != null) {
      return companyAt(c, i, end, inside);
    }
    // "<Ecolab Co> of the United States", "Mobil Corp <MOB.N> of the U.S."
    int at = end;
    if (c.key(at).equals(">")) {
      at++;
    } else {
      at = afterTicker(c, at);
    }
    PhraseTable.Match<ActorEntry> of = countryAfterOf(c, at);
    if (of != null) {
      // named "Ecolab Co", not "... of the U.S."
      return companyAt(c, i, end, of.to(), countryOf(of));
    }
    return null;
  }

  /**
   * The end of the name that opens after "&lt;" at word {@code i} and closes with "&gt;" within
   * eight words ("&lt;Banco de Santander&gt;"), or -1.
   */
  private static int bracketedName(Ctx c, int i) {
    if (!c.key(i - 1).equals("<")) {
      return -1;
    }
    for (int j = i + 1; j < Math.min(c.words.size(), i + 8); j++) {
      if (c.key(j).equals(">")) {
        return j;
      }
      if (c.key(j).equals("<") || c.key(j).equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /** True when word {@code i} is a ticker symbol of wire copy: "&lt;MOB.N&gt;" is no mob. */
  private static boolean ticker(Ctx c, int i) {
    String next = c.key(i + 1);
    return c.key(i - 1).equals("<")
        && (next.equals(">") || next.equals(".") || next.equals(")"))
        && c.w(i).text().equals(c.key(i));
  }

  /** After a ticker symbol at word {@code at} ("&lt;MOB.N&gt;", "&lt;HPC.N)"), else {@code at}. */
  private static int afterTicker(Ctx c, int at) {
    if (!c.key(at).equals("<")) {
      return at;
    }
    for (int j = at + 1; j < Math.min(c.words.size(), at + 6); j++) {
      if (c.key(j).equals(">") || c.key(j).equals(")")) {
        return j + 1;
      }
    }
    return at;
  }

  /** The country named by "of [the] X" at word {@code at} ("of the U.S.", "of Spain"), or null. */
  private PhraseTable.Match<ActorEntry> countryAfterOf(Ctx c, int at) {
    if (!c.key(at).equals("OF")) {
      return null;
    }
    int n = c.key(at + 1).equals("THE") ? at + 2 : at + 1;
    PhraseTable.Match<ActorEntry> of =
        n < c.words.size() && c.w(n).capitalized()
            ? dict.actors().longestAt(c.words, n, this::nameKeys)
            : null;
    return of != null && acceptable(c, of) && countryOf(of) != null ? of : null;
  }

  /** True when the dictionary names a multinational company (CAMEO's MNC) by this phrase. */
  private boolean multinational(Ctx c, PhraseTable.Match<ActorEntry> m) {
    return choose(m.values(), c.date).codeOn(c.date).startsWith("MNC");
  }

  private Found companyAt(Ctx c, int from, int to, String country) {
    return companyAt(c, from, to, to, country);
  }

  /** As above, for a mention over words {@code from..to} whose name ends before {@code nameEnd}. */
  private Found companyAt(Ctx c, int from, int nameEnd, int to, String country) {
    String name = c.text.substring(c.w(from).begin(), c.w(nameEnd - 1).end());
    ActorMention m = c.mention(from, to, country + "BUS", name, false);
    c.ante.addHead("COMPANY", m);
    c.ante.addHead("FIRM", m);
    return new Found(m, to, false, false);
  }

  /** The end of the run of capitalised words (and "&amp;") from {@code i}, at most six words. */
  private static int capitalizedRun(Ctx c, int i) {
    int j = i;
    while (j < Math.min(c.words.size(), i + 6)
        && (c.w(j).capitalized() || c.key(j).equals("&"))
        && !c.w(j).punctuation()) {
      j++;
    }
    return j;
  }

  /** The country code of a dictionary match that names a country, demonym or place, or null. */
  private String countryOf(PhraseTable.Match<ActorEntry> m) {
    ActorEntry e = m.values().get(0);
    if (ActorDictionary.isPerson(e)) {
      return null;
    }
    String code = e.codeOn(null);
    return code.length() == 3 && dict.countryName(code) != null ? code : null;
  }

  /** The country of a place name written alone ("Tokyo"), or null. */
  private String placeCode(String place) {
    List<Word> ws = WordTokenizer.words(place);
    if (ws.isEmpty()) {
      return null;
    }
    PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(ws, 0, this::nameKeys);
    return m != null && m.to() == ws.size() ? countryOf(m) : null;
  }

  /** A mention found at a word position, with the word after it; no mention for words to skip. */
  private record Found(ActorMention mention, int end, boolean person, boolean plural) {}

  /** Per-sentence state. */
  private static final class Ctx {
    final String text;
    final int index;
    final List<Word> words;
    final LocalDate date;
    final Antecedents ante;
    final boolean[] quoted;
    final boolean[] parenthesised;

    /** The role of an "agent of" country that following conjoined countries share, or null. */
    String sharedRole;

    /** The word after the last mention that has the shared role. */
    int roleEnd = -1;

    Ctx(String text, int index, List<Word> words, LocalDate date, Antecedents ante) {
      this.text = text;
      this.index = index;
      this.words = words;
      this.date = date;
      this.ante = ante;
      quoted = new boolean[words.size()];
      parenthesised = new boolean[words.size()];
      boolean q = false;
      int depth = 0;
      for (int i = 0; i < words.size(); i++) {
        String t = words.get(i).text();
        if (t.equals("\u201c")) {
          q = true;
        } else if (t.equals("\u201d")) {
          q = false;
        } else if (t.equals("\"")) {
          q = !q;
        } else if (t.equals("(")) {
          depth++;
        } else if (t.equals(")")) {
          depth = Math.max(0, depth - 1);
        }
        quoted[i] = q;
        parenthesised[i] = depth > 0;
      }
    }

    boolean inParentheses(int i) {
      return parenthesised[i];
    }

    Word w(int i) {
      return i >= 0 && i < words.size() ? words.get(i) : null;
    }

    String key(int i) {
      return i >= 0 && i < words.size() ? words.get(i).key() : "";
    }

    ActorMention mention(int from, int to, String code, String name, boolean resolved) {
      int b = words.get(from).begin();
      int e = words.get(to - 1).end();
      return new ActorMention(index, b, e, text.substring(b, e), code, name, resolved);
    }
  }

  // ---------------------------------------------------------------- names

  private Found named(Ctx c, int i) {
    Word w = c.w(i);
    if (!w.capitalized() && w.text().length() > 3 && Character.isUpperCase(w.text().charAt(1))) {
      // "help iSrael": a name typed with its capital one letter late
      PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, i, this::nameKeys);
      if (m != null && m.to() == i + 1 && acceptable(c, m)) {
        return fromEntry(c, i, m);
      }
    }
    if (w.capitalized()) {
      PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, i, this::nameKeys);
      if (m != null && acceptable(c, m)) {
        if (institutionNamed(c, m.to())) {
          return null; // "the Tokyo Stock Exchange", "the New York Times": not the state
        }
        if (m.to() < c.words.size() && c.key(m.to()).equals("TIME")) {
          return new Found(null, m.to(), false, false); // "14:19 UK time", "Moscow time": a clock
        }
        if (i >= 2 && c.key(i - 1).equals("OF") && GEOGRAPHIC_FEATURES.contains(c.key(i - 2))) {
          return new Found(null, m.to(), false, false); // "the Gulf of Mexico": a sea
        }
        String placeCode = choose(m.values(), c.date).codeOn(c.date);
        if (m.to() < c.words.size()
            && NAMED_AFTER_PLACE.contains(c.key(m.to()))
            && placeCode.length() == 3
            && !dict.demonym(c.key(m.to() - 1), placeCode)) {
          // "the Paris accord", "the Uruguay round", "the Geneva talks": named after where
          return new Found(null, m.to() + 1, false, false);
        }
        return fromEntry(c, i, m);
      }
    }
    PhraseTable.Match<AgentEntry> a = dict.agents().longestAt(c.words, i, this::agentKeys);
    if (a != null && !c.key(i).equals("'S") && !ticker(c, i)) {
      return fromAgent(c, i, a);
    }
    if (w.capitalized()) {
      return person(c, i);
    }
    return null;
  }

  /**
   * True when the capitalized words from {@code k} end in an institution's head noun, or when the
   * place names a market's interbank rate ("the London interbank offered rate").
   */
  private static boolean institutionNamed(Ctx c, int k) {
    if (c.w(k) != null && c.key(k).equals("INTERBANK")) {
      return true;
    }
    for (int j = k; j < Math.min(c.words.size(), k + 3); j++) {
      Word x = c.w(j);
      if (x == null || !x.capitalized()) {
        return false;
      }
      if (INSTITUTION_HEADS.contains(x.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Agreements, meetings and negotiations named after the place where they were held: "the Paris
   * accord", "the Uruguay round", "the Geneva talks" name no actor.
   */
  private static final Set<String> NAMED_AFTER_PLACE =
      Set.of(
          "ACCORD",
          "ACCORDS",
          "AGREEMENT",
          "AGREEMENTS",
          "CLUB",
          "ROUND",
          "PROTOCOL",
          "CONVENTION",
          "DECLARATION",
          "PROCESS",
          "FORMAT",
          "CONFERENCE",
          "TALKS",
          "SUMMIT");

  /** Features of the map named after a country: "the Gulf of Mexico", "the Sea of Japan". */
  private static final Set<String> GEOGRAPHIC_FEATURES =
      Set.of("GULF", "SEA", "BAY", "STRAIT", "STRAITS", "ISLE", "ISTHMUS", "CAPE", "COAST");

  /** Head nouns of institutions named after a place: "Tokyo Stock Exchange", "Cincinnati Zoo". */
  private static final Set<String> INSTITUTION_HEADS =
      Set.of(
          "EXCHANGE",
          "UNIVERSITY",
          "ZOO",
          "TIMES",
          "JOURNAL",
          "POST",
          "AIRPORT",
          "MUSEUM",
          "HOSPITAL",
          "STADIUM",
          "MARATHON",
          "OBSERVER",
          "HERALD",
          "TRIBUNE",
          "GAZETTE");

  /**
   * Short all-capital names ("US", "UN") only match words written in capitals; a ticker symbol in
   * angle brackets ("<ROK>") names a company, not a state; a name after "Hotel" names a building.
   */
  private boolean acceptable(Ctx c, PhraseTable.Match<ActorEntry> m) {
    if (m.from() > 0 && c.w(m.from() - 1).capitalized() && c.key(m.from() - 1).equals("HOTEL")) {
      return false; // "the Hotel Montana": a building's name
    }
    if (m.to() - m.from() == 1) {
      Word w = c.w(m.from());
      if (w.begin() > 0
          && w.end() < c.text.length()
          && c.text.charAt(w.begin() - 1) == '<'
          && c.text.charAt(w.end()) == '>') {
        return false; // a ticker symbol of wire copy: "Rockwell International Corp <ROK>"
      }
      String letters = w.key().replace(".", "");
      if (letters.length() <= 3 && !w.text().replace(".", "").equals(letters)) {
        return false;
      }
      if (m.from() == 0 && letters.length() > 3 && FUNCTION_WORDS.contains(letters)) {
        return false;
      }
    }
    return true;
  }

  private Found fromEntry(Ctx c, int i, PhraseTable.Match<ActorEntry> m) {
    ActorEntry e = choose(m.values(), c.date);
    String code = e.codeOn(c.date);
    int k = m.to();
    if (code.startsWith("MNC") && k - i >= 2) {
      // "British Petroleum", "American Express": a multinational its name gives a country
      String land = countryOfName(c.text.substring(c.w(i).begin(), c.w(i).end()));
      if (land != null) {
        ActorMention am =
            c.mention(i, k, land + "BUS", ActorDictionary.readable(e.headword()), false);
        return new Found(am, k, false, false);
      }
    }
    boolean person = ActorDictionary.isPerson(e);
    if (person) {
      Found f =
          new Found(
              c.mention(i, k, code, ActorDictionary.readable(e.headword()), false), k, true, false);
      c.ante.addSurname(NameKey.of(c.key(k - 1)), f.mention());
      return f;
    }
    boolean combinable = !code.startsWith(ActorMention.UNKNOWN_COUNTRY);
    if (combinable && k < c.words.size() && CURRENCIES.contains(c.key(k))) {
      return new Found(null, k + 1, false, false); // "U.S. dlrs", "Australian dollar": money
    }
    if (combinable) {
      String own = code; // "Senate" is the U.S. legislature (USAGOVLEG), unless an agent follows
      code = base(code);
      int at = k;
      if (c.key(k).equals("'S")) {
        at = k + 1;
        // "X's first deputy prime minister", "X's new mayor": adjectives before the agent
        for (int j = at;
            j < Math.min(c.words.size(), at + 4) && (adjective(c, j) || c.key(j).equals("AND"));
            j++) {
          if (dict.agents().longestAt(c.words, j + 1, this::agentKeys) != null) {
            at = j + 1;
            break;
          }
        }
      } else if (dict.agents().longestAt(c.words, Math.min(k, c.words.size()), this::agentKeys)
          == null) {
        // "Soviet first deputy prime minister", "Russian former security chief", "U.S. trade
        // negotiators", "Soviet arms negotiators"
        for (int j = k;
            j < Math.min(c.words.size(), k + 4)
                && (TITLE_MODIFIERS.contains(c.key(j))
                    || DOMAINS.contains(c.key(j))
                    || GOODS.contains(c.key(j))
                    || goodsOfTrader(c, k, j));
            j++) {
          if (dict.agents().longestAt(c.words, j + 1, this::agentKeys) != null) {
            at = j + 1;
            break;
          }
        }
      }
      if (at == k
          && dict.agents().longestAt(c.words, Math.min(at, c.words.size()), this::agentKeys)
              == null) {
        // "Dutch Economics Ministry", "U.S. Agriculture Department": names before the agent
        for (int j = k; j < Math.min(c.words.size(), k + 2) && nameWord(c, j); j++) {
          if (dict.agents().longestAt(c.words, j + 1, this::agentKeys) != null) {
            at = j + 1;
            break;
          }
        }
      }
      PhraseTable.Match<AgentEntry> a =
          dict.agents().longestAt(c.words, Math.min(at, c.words.size()), this::agentKeys);
      if (at < c.words.size() && a != null) {
        a = headOfTitles(c, a);
        AgentEntry ag = a.values().get(0);
        int end = a.to();
        Found p = end < c.words.size() && c.w(end).capitalized() ? titled(c, end, ag) : null;
        String combined = ag.primary() ? ag.code() : code + ag.code();
        if (p != null) {
          ActorMention pm = p.mention();
          if (pm.code().startsWith(code.substring(0, Math.min(3, code.length())))) {
            // out of the dates of their office, the person keeps the title's role
            String held =
                pm.code().length() == 3 && combined.startsWith(pm.code()) ? combined : pm.code();
            return new Found(c.mention(i, p.end(), held, pm.name(), false), p.end(), true, false);
          }
          // "X's minister <name>": the possessor's country is the person's
          ActorMention am = c.mention(i, p.end(), combined, pm.name(), false);
          c.ante.addHead(c.key(end - 1), am);
          return new Found(am, p.end(), true, false);
        }
        int tail = ofName(c, end);
        ActorMention am =
            c.mention(
                i, tail, combined, c.text.substring(c.w(i).begin(), c.w(tail - 1).end()), false);
        c.ante.addHead(c.key(end - 1), am);
        c.ante.addHead(singular(c.key(end - 1)), am);
        return new Found(am, tail, isPersonAgent(c, a), plural(c, a));
      }
      String name = name(code, e);
      if (dict.demonym(c.key(k - 1), code) && headNoun(c, k)) {
        ActorMention am =
            c.mention(i, k + 1, code, c.text.substring(c.w(i).begin(), c.w(k).end()), false);
        c.ante.addHead(c.key(k), am);
        // "the Russian pilot ... he"; "the French bank said it", "a Cypriot tanker ... fired at
        // it": an organisation or a craft is a thing
        String head = singular(c.key(k));
        boolean someone = !ORGANISATIONS.contains(head) && !CRAFT.contains(head);
        return new Found(am, k + 1, someone, c.key(k).endsWith("S"));
      }
      if (k < c.words.size() && MEMBERS.contains(c.key(k))) {
        // "NATO allies", "EU partners": the organisation's or country's members act as it
        return new Found(c.mention(i, k + 1, code, name, false), k + 1, false, true);
      }
      if (!own.equals(code) && own.startsWith(code) && own.endsWith("LEG")) {
        // a legislature's own name ("Senate", "House Foreign Affairs Committee"): it deals with
        // its government as a party of its own
        return new Found(
            organisation(c, i, k, own, ActorDictionary.readable(e.headword())),
            k,
            false,
            pluralDemonym(c, k));
      }
      return new Found(organisation(c, i, k, code, name), k, false, pluralDemonym(c, k));
    }
    return new Found(organisation(c, i, k, code, name(code, e)), k, false, pluralDemonym(c, k));
  }

  /**
   * The mention of a dictionary actor; an organisation named in several words is named again by its
   * last one: "the Community" after "the European Community", "the Fund" after the IMF's name.
   */
  private static ActorMention organisation(Ctx c, int i, int k, String code, String name) {
    ActorMention m = c.mention(i, k, code, name, false);
    if (code.startsWith("IGO") && k - i >= 2 && c.w(k - 1).capitalized()) {
      c.ante.addHead(c.key(k - 1), m);
    }
    return m;
  }

  /**
   * A name after a title ("President <name>", "Prime Minister <name>"): a person's own code, or the
   * title's role added to the country a dictionary gives the name. Null when none.
   */
  private Found titled(Ctx c, int k, AgentEntry title) {
    Found p = person(c, k);
    if (p != null) {
      return p;
    }
    Word next = c.w(k + 1);
    if (next == null || !next.capitalized()) {
      Found holder = officeHolder(c, k); // "Commerce Secretary Baldrige"
      if (holder != null) {
        return holder;
      }
    }
    PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, k, this::nameKeys);
    if (m == null || !acceptable(c, m)) {
      return null;
    }
    ActorEntry e = choose(m.values(), c.date);
    String code = e.codeOn(c.date);
    if (ActorDictionary.isPerson(e) || code.length() > 3) {
      return fromEntry(c, k, m);
    }
    if (code.length() == 3 && !title.primary() && !dict.isCountryName(m.values())) {
      String name = ActorDictionary.readable(e.headword());
      ActorMention pm = c.mention(k, m.to(), code + title.code(), name, false);
      c.ante.addSurname(NameKey.of(c.key(m.to() - 1)), pm);
      return new Found(pm, m.to(), true, false);
    }
    return null;
  }

  /**
   * The last of a chain of capitalised titles: "Deputy Secretary of Energy" is a secretary, "Trade
   * Minister" a minister; the head of the chain carries the role. A "company spokesman" stays the
   * company's.
   */
  private PhraseTable.Match<AgentEntry> headOfTitles(Ctx c, PhraseTable.Match<AgentEntry> a) {
    for (int n = 0; n < 3 && a.to() < c.words.size(); n++) {
      Word next = c.w(a.to());
      if (next.punctuation()) {
        break;
      }
      PhraseTable.Match<AgentEntry> b = dict.agents().longestAt(c.words, a.to(), this::agentKeys);
      if (b == null) {
        break;
      }
      boolean titles = next.capitalized() && c.w(a.from()).capitalized();
      // "U.S. Naval forces": an agent word before an agent noun of the same role
      boolean sameRole = b.values().get(0).code().equals(a.values().get(0).code());
      if (!titles && !sameRole) {
        break;
      }
      a = b;
    }
    return a;
  }

  /**
   * The end of an institution's own name after it: "Ministry of International Trade and Industry"
   * is one actor, not a ministry and an industry. {@code end} itself when none follows.
   */
  private int ofName(Ctx c, int end) {
    if (end >= c.words.size() || !titleWord(c, end + 1)) {
      return end;
    }
    boolean of = c.key(end).equals("OF") && INSTITUTIONS.contains(singular(c.key(end - 1)));
    // "Ministry of International Trade" is a dictionary agent; "and Industry" ends its name
    boolean and =
        (c.key(end).equals("AND") || c.key(end).equals("&"))
            && c.w(end - 1).capitalized()
            && ofBefore(c, end);
    if (!of && !and) {
      return end;
    }
    int j = end + 1;
    while (j < Math.min(c.words.size(), end + 8)) {
      if (titleWord(c, j)) {
        j++;
      } else if ((c.key(j).equals("AND") || c.key(j).equals("&") || c.key(j).equals("OF"))
          && titleWord(c, j + 1)) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** True when a capitalised institution name with "of" ends right before {@code end}. */
  private static boolean ofBefore(Ctx c, int end) {
    for (int j = end - 1; j > 0 && j >= end - 4 && c.w(j).capitalized(); j--) {
      if (c.key(j - 1).equals("OF") && INSTITUTIONS.contains(singular(c.key(j - 2)))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word that names no actor of the dictionary, agents included ("Industry"). */
  private boolean titleWord(Ctx c, int j) {
    Word w = c.w(j);
    if (w == null || !w.capitalized() || w.punctuation()) {
      return false;
    }
    PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, j, this::nameKeys);
    return m == null || !acceptable(c, m);
  }

  /** A capitalised word that names no actor of the dictionary ("International", "Energy"). */
  private boolean nameWord(Ctx c, int j) {
    Word w = c.w(j);
    if (w == null || !w.capitalized() || w.punctuation()) {
      return false;
    }
    PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, j, this::nameKeys);
    return (m == null || !acceptable(c, m))
        && dict.agents().longestAt(c.words, j, this::agentKeys) == null;
  }

  /** A lower-case modifier before a name: "northern", "military-ruled", "war-torn". */
  private static boolean modifier(Ctx c, int j) {
    Word w = c.w(j);
    return w != null
        && !w.capitalized()
        && !FUNCTION_WORDS.contains(w.key())
        && w.key().length() > 2
        && w.key().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
        && (w.key().contains("-")
            || w.key().endsWith("ERN")
            || w.key().endsWith("ED")
            || w.key().endsWith("AL")
            || w.key().endsWith("IC"));
  }

  private static boolean adjective(Ctx c, int j) {
    Word w = c.w(j);
    return w != null
        && !w.capitalized()
        && !w.punctuation()
        && !FUNCTION_WORDS.contains(w.key())
        && w.key().chars().allMatch(Character::isLetter);
  }

  private Found fromAgent(Ctx c, int i, PhraseTable.Match<AgentEntry> a) {
    a = headOfTitles(c, a);
    AgentEntry ag = a.values().get(0);
    int k = a.to();
    if (NO_AGENTS.contains(c.key(k - 1))
        || (ag.code().equals("CVL") && i > 0 && WORLD.contains(c.key(i - 1)))) {
      return new Found(null, k, false, false); // "in prison", "the international community"
    }
    if (k == i + 1
        && i > 0
        && c.key(i - 1).equals("TO")
        && (OBJECT_OPENERS.contains(c.key(k))
            || (!c.w(i).capitalized() && c.w(k) != null && c.w(k).capitalized()))) {
      return new Found(null, k, false, false); // "needed to force a vote", "to force Tokyo": a verb
    }
    if (k == i + 1
        && TITLE_MODIFIERS.contains(c.key(i))
        && c.w(k) != null
        && c.w(k).capitalized()) {
      return new Found(null, k, false, false); // "Deputy U.S. Trade Representative": a title's part
    }
    if (COMMENTATORS.contains(singular(c.key(k)))) {
      return new Found(null, k + 1, false, true); // "industry analysts say": commentators
    }
    Word next = c.w(k);
    if (next != null && next.capitalized()) {
      Found p = titled(c, k, ag);
      if (p != null) {
        ActorMention pm = p.mention();
        return new Found(c.mention(i, p.end(), pm.code(), pm.name(), false), p.end(), true, false);
      }
    }
    // "president of X", "soldiers from X", "activists in X"; not "troops in X",
    // who are as often foreign troops there
    boolean prepOf =
        c.key(k).equals("OF")
            || c.key(k).equals("FROM")
            || (c.key(k).equals("IN") && !ag.code().startsWith("MIL"));
    int at = prepOf && c.key(k + 1).equals("THE") ? k + 2 : k + 1;
    if (prepOf && at < c.words.size() && !c.w(at).capitalized()) {
      // "dissidents from military-ruled Myanmar", "the mayor of the northern West Bank city"
      int j = at;
      while (j < Math.min(c.words.size(), at + 2) && modifier(c, j)) {
        j++;
      }
      if (j > at && j < c.words.size() && c.w(j).capitalized()) {
        at = j;
      }
    }
    if (prepOf && at < c.words.size() && c.w(at).capitalized()) {
      PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, at, this::nameKeys);
      if (m != null && acceptable(c, m)) {
        String code = choose(m.values(), c.date).codeOn(c.date);
        if (code.length() == 3 || code.startsWith("IGO")) {
          String combined = ag.primary() ? ag.code() : code + ag.code();
          int to = m.to();
          if (c.key(to).equals("'S") && titleWord(c, to + 1)) {
            // "leaders of Egypt's Muslim Brotherhood": the country's organisation, one actor
            to += 2;
            while (to < Math.min(c.words.size(), m.to() + 5) && titleWord(c, to)) {
              to++;
            }
          }
          // "director general of the Dutch Economics Ministry": the country's institution
          for (int j = to; j < Math.min(c.words.size(), to + 2) && nameWord(c, j); j++) {
            PhraseTable.Match<AgentEntry> inst =
                dict.agents().longestAt(c.words, j + 1, this::agentKeys);
            if (inst != null && c.w(j + 1).capitalized()) {
              to = ofName(c, inst.to());
              break;
            }
          }
          ActorMention am =
              c.mention(
                  i, to, combined, c.text.substring(c.w(i).begin(), c.w(to - 1).end()), false);
          c.ante.addHead(c.key(k - 1), am);
          if (!ag.primary() && plural(c, a)) {
            c.sharedRole = ag.code();
            c.roleEnd = to;
          }
          return new Found(am, to, isPersonAgent(c, a), plural(c, a));
        }
      }
    }
    String prev = i > 0 ? c.key(i - 1) : "";
    if (prev.equals("THE")) {
      ActorMention earlier = c.ante.head(c.key(k - 1));
      if (earlier == null) {
        earlier = c.ante.head(singular(c.key(k - 1)));
      }
      if (earlier != null) {
        ActorMention am = c.mention(i - 1, k, earlier.code(), earlier.name(), true);
        return new Found(am, k, isPersonAgent(c, a), plural(c, a));
      }
    }
    if (PERSON_POSSESSIVE.contains(prev)
        || prev.equals("ITS")
        || prev.equals("THEIR")
        || FIRST_POSSESSIVE.contains(prev)) {
      return null; // handled as a possessive reference
    }
    String country = ActorMention.UNKNOWN_COUNTRY;
    ActorMention before =
        i >= 2 && c.key(i - 1).equals("AND") ? c.ante.endingAt(c.index, c.w(i - 2).end()) : null;
    boolean resolved = false;
    if (before != null && before.code().length() > 3 && !before.resolved()) {
      country = base(before.code());
    } else if (!ag.primary()
        && STATE_ROLES.contains(ag.code())
        && !c.key(i - 1).equals("A")
        && !c.key(i - 1).equals("AN")
        && (i == 0 || !c.w(i - 1).capitalized() || c.key(i - 1).equals("THE"))) {
      // "the government", "government troops", "police": the state last named
      ActorMention state = c.ante.lastState(dict);
      if (state != null) {
        country = base(state.code());
        resolved = true;
      }
    }
    String code = ag.primary() ? ag.code() : country + ag.code();
    int tail = ofName(c, k);
    ActorMention am =
        c.mention(i, tail, code, c.text.substring(c.w(i).begin(), c.w(tail - 1).end()), resolved);
    c.ante.addHead(c.key(k - 1), am);
    return new Found(am, tail, isPersonAgent(c, a), plural(c, a));
  }

  /**
   * True when a first and a last name have consonants enough (seven) for a spelling-tolerant match
   * to be telling: "Imomali Rakhmon" (MML RHMN) is, "George Clooney" (GRG CLN) would match
   * Grenada's George Clyne.
   */
  private static boolean distinctive(String first, String last) {
    return NameKey.of(first).length() + NameKey.of(last).length() >= 7;
  }

  /**
   * A person by the spelling-tolerant key of two or three capitalised words, or a known surname.
   */
  private Found person(Ctx c, int i) {
    Word a = c.w(i);
    Word b = c.w(i + 1);
    if (b != null && b.capitalized() && a.capitalized()) {
      Word last = b;
      int end = i + 2;
      ActorEntry e =
          distinctive(a.key(), b.key())
              ? dict.person(NameKey.of(a.key()), NameKey.of(b.key()))
              : null;
      if (e == null
          && c.w(i + 2) != null
          && c.w(i + 2).capitalized()
          && distinctive(a.key(), c.key(i + 2))) {
        e = dict.person(NameKey.of(a.key()), NameKey.of(c.key(i + 2)));
        last = c.w(i + 2);
        end = i + 3;
      }
      if (e != null) {
        ActorMention m =
            c.mention(i, end, e.codeOn(c.date), ActorDictionary.readable(e.headword()), false);
        c.ante.addSurname(NameKey.of(last.key()), m);
        return new Found(m, end, true, false);
      }
    }
    ActorMention known = c.ante.surname(NameKey.of(a.key()));
    if (known != null && a.key().length() > 3) {
      return new Found(c.mention(i, i + 1, known.code(), known.name(), false), i + 1, true, false);
    }
    return loneSurname(c, i) ? officeHolder(c, i) : null;
  }

  /**
   * "Nakasone intervened": the one person whose surname is word {@code i} in office on the
   * article's date, or null.
   */
  private Found officeHolder(Ctx c, int i) {
    ActorEntry holder = dict.officeHolder(c.key(i), c.date);
    if (holder == null) {
      return null;
    }
    ActorMention m =
        c.mention(
            i, i + 1, holder.codeOn(c.date), ActorDictionary.readable(holder.headword()), false);
    c.ante.addSurname(NameKey.of(c.key(i)), m);
    return new Found(m, i + 1, true, false);
  }

  /**
   * True when word {@code i} may be a surname standing alone: a capitalised word of more than three
   * letters, written in lower case after its capital, with no capitalised word after it ("Baker
   * Hughes") and none before it but a courtesy title ("Mrs Thatcher"), nor a determiner ("the Baker
   * plan").
   */
  private static boolean loneSurname(Ctx c, int i) {
    Word w = c.w(i);
    String t = w.text();
    if (t.length() <= 3
        || t.equals(t.toUpperCase(Locale.ROOT))
        || !t.chars().allMatch(Character::isLetter)) {
      return false;
    }
    Word next = c.w(i + 1);
    if (next != null && next.capitalized() && !next.punctuation()) {
      return false;
    }
    Word prev = c.w(i - 1);
    if (prev == null || prev.punctuation()) {
      return true;
    }
    String pk = c.key(i - 1);
    Word before = c.w(i - 2);
    if (OPENERS.contains(pk) && (before == null || before.punctuation())) {
      return true; // "Although Nakasone appeared to": capitalised only as the sentence's first word
    }
    return COURTESY_TITLES.contains(pk.replace(".", ""))
        || (!prev.capitalized() && !pk.equals("THE") && !pk.equals("A") && !pk.equals("AN"));
  }

  private static final Set<String> COURTESY_TITLES = Set.of("MR", "MRS", "MS", "DR");

  /** Conjunctions and adverbs that open a sentence before its subject: "Although", "Meanwhile". */
  private static final Set<String> OPENERS =
      Set.of(
          "ALTHOUGH",
          "THOUGH",
          "WHILE",
          "WHEN",
          "IF",
          "AS",
          "SINCE",
          "BECAUSE",
          "AFTER",
          "BEFORE",
          "BUT",
          "AND",
          "YET",
          "SO",
          "THEN",
          "MEANWHILE",
          "NOW",
          "ALSO",
          "EARLIER",
          "LATER",
          "UNTIL",
          "UNLESS",
          "ONCE",
          "WHEREAS");

  // ---------------------------------------------------------------- references

  private Found reference(Ctx c, int i) {
    String k = c.key(i);
    Word w = c.w(i);
    if (i > 0 && c.key(i - 1).equals(".") && c.w(i - 1).end() == w.begin()) {
      return null; // "<Neoy.He>": a ticker's exchange, no pronoun
    }
    if (PERSON_SUBJECT.contains(k)) {
      return resolved(
          c, i, i + 1, c.ante.resolve(c.index, w.begin(), Kind.PERSON), false, true, false);
    }
    if (k.equals("IT")) {
      return resolved(
          c, i, i + 1, c.ante.resolve(c.index, w.begin(), Kind.THING), false, false, false);
    }
    if (k.equals("THEY") || k.equals("THEM")) {
      return resolved(
          c, i, i + 1, c.ante.resolve(c.index, w.begin(), Kind.GROUP), false, false, true);
    }
    if (FIRST_PERSON.contains(k) && (c.quoted[i]) && !(k.equals("US") && w.text().equals("US"))) {
      return resolved(c, i, i + 1, speaker(c, i), false, true, k.equals("WE") || k.equals("US"));
    }
    boolean possessive =
        PERSON_POSSESSIVE.contains(k)
            || k.equals("ITS")
            || k.equals("THEIR")
            || (FIRST_POSSESSIVE.contains(k) && c.quoted[i]);
    if (possessive) {
      return possessive(c, i);
    }
    if (k.equals("THERE") && i > 0 && TRAVEL_VERBS.contains(c.key(i - 1))) {
      // "when he visits there next month": the last state named
      return resolved(c, i, i + 1, c.ante.lastCountry(), true, false, false);
    }
    if ((k.equals("THE") || k.equals("THAT") || k.equals("THIS")) && i + 1 < c.words.size()) {
      String noun = c.key(i + 1);
      if (noun.equals("COUNTRY") || noun.equals("NATION")) {
        return resolved(c, i, i + 2, c.ante.lastCountry(), true, false, false);
      }
      if (!k.equals("THE")) {
        return null;
      }
      ActorMention head = c.ante.head(noun);
      if (head == null) {
        head = c.ante.head(singular(noun));
      }
      if (head != null && (!c.w(i + 1).capitalized() || head.code().startsWith("IGO"))) {
        return resolved(c, i, i + 2, head, false, true, noun.endsWith("S"));
      }
      Found business = business(c, i);
      if (business != null) {
        return business;
      }
    }
    return null;
  }

  /**
   * "The small automaker", "the Dutch airline's": a definite business noun, after at most two
   * modifiers, names the last company of the article. Null when there is none.
   */
  private Found business(Ctx c, int i) {
    for (int j = i + 1; j < Math.min(c.words.size(), i + 4); j++) {
      Word w = c.w(j);
      if (w.capitalized() || w.punctuation() || FUNCTION_WORDS.contains(w.key())) {
        return null;
      }
      PhraseTable.Match<AgentEntry> a = dict.agents().longestAt(c.words, j, this::agentKeys);
      if (a != null) {
        if (!a.values().get(0).code().equals("BUS")
            || plural(c, a)
            || !ORGANISATIONS.contains(c.key(a.to() - 1))) {
          return null; // "the banking industry" is no company
        }
        ActorMention company = c.ante.lastCompany();
        return company == null ? null : resolved(c, i, a.to(), company, false, false, false);
      }
    }
    return null;
  }

  private Found possessive(Ctx c, int i) {
    String k = c.key(i);
    Kind kind =
        PERSON_POSSESSIVE.contains(k)
            ? Kind.PERSON
            : k.equals("ITS") ? Kind.THING : k.equals("THEIR") ? Kind.GROUP : Kind.SPEAKER;
    for (int j = i + 1; j < Math.min(c.words.size(), i + 5); j++) {
      Word w = c.w(j);
      if (w.punctuation() || FUNCTION_WORDS.contains(w.key())) {
        break;
      }
      if (w.capitalized() && dict.actors().longestAt(c.words, j, this::nameKeys) != null) {
        return null; // "his Estonian colleague": the named actor is the mention
      }
      PhraseTable.Match<AgentEntry> a = dict.agents().longestAt(c.words, j, this::agentKeys);
      ActorMention ante =
          kind == Kind.SPEAKER ? speaker(c, i) : c.ante.resolve(c.index, c.w(i).begin(), kind);
      if (a != null) {
        if (ante == null) {
          return null;
        }
        AgentEntry ag = a.values().get(0);
        String code = ag.primary() ? ag.code() : base(ante.code()) + ag.code();
        ActorMention m =
            c.mention(
                i, a.to(), code, c.text.substring(c.w(i).begin(), c.w(a.to() - 1).end()), true);
        return new Found(m, a.to(), isPersonAgent(c, a), plural(c, a));
      }
      if (COUNTRY_NOUNS.contains(w.key()) || (kind != Kind.PERSON && HOLDINGS.contains(w.key()))) {
        return resolved(c, i, j + 1, ante, true, false, false);
      }
    }
    if (kind == Kind.SPEAKER) {
      return resolved(c, i, i + 1, speaker(c, i), true, false, false);
    }
    return null;
  }

  /**
   * The speaker of a quote: the actor named after it and before or right after the reporting verb
   * ("…,” Rakhmon said), never the news service it was told to, else the last person.
   */
  private ActorMention speaker(Ctx c, int i) {
    int j = i;
    while (j < c.words.size() && c.quoted[j]) {
      j++;
    }
    // the speaker is named around the reporting verb, not further on
    int limit = c.words.size();
    for (int k = j; k < c.words.size(); k++) {
      if (REPORTS.contains(c.key(k)) || c.key(k).equals("TOLD")) {
        limit = Math.min(c.words.size(), k + 4);
        break;
      }
    }
    for (int k = j; k < limit; k++) {
      String key = c.key(k);
      if (PERSON_SUBJECT.contains(key)) {
        return c.ante.resolve(c.index, c.w(i).begin(), Kind.PERSON);
      }
      if (c.w(k).capitalized()) {
        PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, k, this::nameKeys);
        if (m != null
            && acceptable(c, m)
            && !choose(m.values(), c.date).codeOn(c.date).endsWith("MED")) {
          ActorEntry e = choose(m.values(), c.date);
          return new ActorMention(
              c.index,
              c.w(k).begin(),
              c.w(m.to() - 1).end(),
              "",
              e.codeOn(c.date),
              name(e.codeOn(c.date), e),
              false);
        }
        ActorMention known = c.ante.surname(NameKey.of(key));
        if (known != null) {
          return known;
        }
      }
    }
    return c.ante.resolve(c.index, c.w(i).begin(), Kind.PERSON);
  }

  private Found resolved(
      Ctx c,
      int from,
      int to,
      ActorMention ante,
      boolean countryOnly,
      boolean person,
      boolean plural) {
    if (ante == null) {
      return null;
    }
    String code = countryOnly ? base(ante.code()) : ante.code();
    String name = countryOnly ? nameOf(code, ante.name()) : ante.name();
    return new Found(c.mention(from, to, code, name, true), to, person, plural);
  }

  // ---------------------------------------------------------------- helpers

  /** The first entry that applies on {@code date}: a period containing it, or an undated code. */
  private static ActorEntry choose(List<ActorEntry> entries, LocalDate date) {
    if (entries.size() > 1) {
      for (ActorEntry e : entries) {
        for (CodeSpan s : e.codes()) {
          if (!s.dated() || (date != null && s.contains(date))) {
            return e;
          }
        }
      }
    }
    return entries.get(0);
  }

  private String name(String code, ActorEntry e) {
    String country = dict.countryName(code);
    return country != null ? country : ActorDictionary.readable(e.headword());
  }

  private String nameOf(String code, String fallback) {
    String country = dict.countryName(code);
    return country != null ? country : fallback;
  }

  private String base(String code) {
    return dict.base(code);
  }

  private static boolean headNoun(Ctx c, int k) {
    Word w = c.w(k);
    if (w == null || w.capitalized() || w.punctuation() || w.key().length() < 3) {
      return false;
    }
    String key = w.key();
    return !FUNCTION_WORDS.contains(key)
        && !key.endsWith("LY")
        && !key.endsWith("ED")
        && !key.endsWith("ING")
        && !key.endsWith("AL")
        && !key.endsWith("IC")
        && !key.endsWith("IVE")
        && !key.endsWith("OUS")
        && key.chars().allMatch(Character::isLetter);
  }

  private boolean isPersonAgent(Ctx c, PhraseTable.Match<AgentEntry> a) {
    String last = c.key(a.to() - 1);
    return !INSTITUTIONS.contains(last)
        && !INSTITUTIONS.contains(singular(last))
        && !CRAFT.contains(singular(last))
        && !SENT_GROUPS.contains(singular(last))
        && !plural(c, a);
  }

  /**
   * True when the mention ending before word {@code end} owns what follows: "Japan's", "<Pacific
   * Western Airlines Corp>'s" (the rest of a name, then the possessive).
   */
  private static boolean possessor(Ctx c, int end) {
    int j = end;
    while (j < Math.min(c.words.size(), end + 3)
        && (c.key(j).equals(">") || (c.w(j).capitalized() && !c.w(j).punctuation()))) {
      j++;
    }
    return c.key(j).equals("'S") || (c.key(j).equals("'") && c.key(j + 1).equals("S"));
  }

  /** "Haitians", "Americans": a people, which "it" does not refer to. */
  private static boolean pluralDemonym(Ctx c, int end) {
    return end > 0 && c.key(end - 1).endsWith("ANS");
  }

  private static boolean plural(Ctx c, PhraseTable.Match<AgentEntry> a) {
    String last = c.key(a.to() - 1);
    if (insideName(c, a.to() - 1)) {
      return false; // "KLM Royal Dutch Airlines said it agreed": a company's name, one company
    }
    List<String> phrase = a.values().get(0).phrase();
    String entryLast = phrase.get(phrase.size() - 1);
    return !last.equals(entryLast)
        || (last.endsWith("S") && !last.endsWith("SS"))
        || last.endsWith("MEN");
  }

  /**
   * True when word {@code i} is capitalised inside a name, after another capitalised word that does
   * not end a sentence or an abbreviation ("Royal Dutch Airlines", not "U.S. Banks").
   */
  private static boolean insideName(Ctx c, int i) {
    Word w = c.w(i);
    Word prev = c.w(i - 1);
    return i > 0
        && w.capitalized()
        && prev.capitalized()
        && !prev.punctuation()
        && !prev.text().endsWith(".")
        && !w.text().equals(w.text().toUpperCase(Locale.ROOT));
  }

  private List<String> nameKeys(Word w) {
    String k = w.key();
    if (k.length() > 4 && k.endsWith("S") && !k.endsWith("SS")) {
      return List.of(k, k.substring(0, k.length() - 1));
    }
    return List.of(k);
  }

  private List<String> agentKeys(Word w) {
    String k = w.key();
    String s = singular(k);
    return s.equals(k) ? List.of(k) : List.of(k, s);
  }

  static String singular(String k) {
    if (k.length() > 4 && k.endsWith("IES")) {
      return k.substring(0, k.length() - 3) + "Y";
    }
    if (k.endsWith("MEN") && k.length() > 3) {
      return k.substring(0, k.length() - 3) + "MAN";
    }
    if (k.length() > 3 && k.endsWith("S") && !k.endsWith("SS")) {
      return k.substring(0, k.length() - 1);
    }
    return k;
  }

  private static final class Holder {
    static final DictionaryActorRecognizer STANDARD =
        new DictionaryActorRecognizer(ActorDictionary.standard());
  }
}
