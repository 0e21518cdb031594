package org.annals.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "AND", "OR", "BUT", "OF", "IN", "ON", "AT", "TO", "FOR", "WITH", "BY", "FROM", "AS", "IS",
          "ARE", "WAS", "WERE", "BE", "BEEN", "HAS", "HAVE", "HAD", "WILL", "WOULD", "CAN", "COULD",
          "MAY", "MIGHT", "SHALL", "SHOULD", "MUST", "DO", "DOES", "DID", "NOT", "THAT", "WHO",
          "WHICH", "WHOSE", "THIS", "THESE", "THOSE", "THE", "A", "AN", "SAID", "SAYS", "SAY",
          "TOLD", "ALSO", "THEN", "THAN", "ALL", "OTHER", "OWN", "ITS", "THEIR", "HIS", "HER",
          "OUR", "SUCH", "VIA", "ABOUT", "OVER", "AFTER", "BEFORE", "AGAINST");

  /** Words of direction before a place: "the mayor of the northern West Bank city of Nablus". */
  private static final Set<String> REGION_ADJECTIVES =
      Set.of(
          "NORTHERN",
          "SOUTHERN",
          "EASTERN",
          "WESTERN",
          "CENTRAL",
          "NORTHEASTERN",
          "NORTHWESTERN",
          "SOUTHEASTERN",
          "SOUTHWESTERN",
          "OCCUPIED",
          "NEIGHBOURING",
          "NEIGHBORING");

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
          "COMPANY");

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
    int i = 0;
    while (i < words.size()) {
      Found f = named(c, i);
      if (f == null) {
        f = reference(c, i);
      }
      if (f == null) {
        i++;
        continue;
      }
      ActorMention m = sharesRole(c, i, f.mention());
      found.add(m);
      ante.add(new Candidate(m, f.person(), f.plural(), c.inParentheses(i)));
      i = Math.max(f.end(), i + 1);
      if (c.sharedRole != null && c.roleEnd != i) {
        c.roleEnd = m == f.mention() && c.roleEnd != f.end() ? -1 : i;
      }
    }
    return found;
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

  /** A mention found at a word position, with the word after it. */
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
    Found company = company(c, i);
    if (company != null) {
      return company;
    }
    if (w.capitalized()) {
      PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, i, this::nameKeys);
      if (m != null && acceptable(c, m)) {
        if (institutionNamed(c, m.to())) {
          return null; // "the Tokyo Stock Exchange", "the New York Times": not the state
        }
        return fromEntry(c, i, m);
      }
    }
    PhraseTable.Match<AgentEntry> a = dict.agents().longestAt(c.words, i, this::agentKeys);
    if (a != null && !c.key(i).equals("'S")) {
      return fromAgent(c, i, a);
    }
    if (w.capitalized()) {
      return person(c, i);
    }
    return null;
  }

  /**
   * A company of a named country: "Ecolab Co of the United States", "Murphy Oil Co Ltd of Calgary",
   * "Tokyo-based Nippon Oil Co Ltd", "Britain's Imperial Chemical Industries PLC" (business, BUS,
   * of that country). A company whose country the sentence does not name is left to the
   * dictionaries.
   */
  private Found company(Ctx c, int i) {
    int from = c.key(i).equals("<") ? i + 1 : i;
    Word first = c.w(from);
    if (first == null || !first.capitalized() || first.punctuation()) {
      return null;
    }
    int end = -1; // after the last suffix of the name: "Pratt and Co Financial Services Pty Ltd"
    for (int j = from; j < Math.min(c.words.size(), from + 8); j++) {
      Word x = c.w(j);
      if (COMPANY_SUFFIXES.contains(x.key())) {
        end = j + 1;
      } else if (!x.capitalized() && !x.key().equals("&") && !x.key().equals("AND")) {
        if (!x.key().equals(".") || end < 0) {
          break; // "Co. Ltd": a period inside the name
        }
      }
    }
    if (end < 0) {
      return null;
    }
    int nameEnd = end;
    if (c.key(end).equals(">")) {
      end++;
    }
    String country = null;
    int to = end;
    if (c.key(end).equals("OF")) {
      int at = c.key(end + 1).equals("THE") ? end + 2 : end + 1;
      PhraseTable.Match<ActorEntry> m =
          at < c.words.size() && c.w(at).capitalized()
              ? dict.actors().longestAt(c.words, at, this::nameKeys)
              : null;
      if (m != null && acceptable(c, m)) {
        String code = choose(m.values(), c.date).codeOn(c.date);
        if (code.length() >= 3 && !code.startsWith(ActorMention.UNKNOWN_COUNTRY)) {
          country = code.substring(0, 3);
          to = m.to();
        }
      }
    }
    String prev = c.key(i - 1);
    if (country == null && prev.endsWith("-BASED")) {
      String place = prev.substring(0, prev.length() - "-BASED".length());
      List<ActorEntry> entries = dict.actors().get(place);
      if (entries != null && !entries.isEmpty()) {
        String code = choose(entries, c.date).codeOn(c.date);
        if (code.length() >= 3 && !code.startsWith(ActorMention.UNKNOWN_COUNTRY)) {
          country = code.substring(0, 3);
        }
      }
    }
    if (country == null && prev.equals("'S") && i >= 2) {
      ActorMention owner = c.ante.endingAt(c.index, c.w(i - 2).end());
      if (owner != null && owner.code().length() == 3) {
        country = owner.code(); // "Britain's Imperial Chemical Industries PLC"
      }
    }
    if (country == null || country.startsWith("IGO")) {
      return null;
    }
    ActorMention am =
        c.mention(
            i,
            to,
            country + "BUS",
            c.text.substring(c.w(from).begin(), c.w(nameEnd - 1).end()),
            false);
    c.ante.addHead("COMPANY", am);
    return new Found(am, to, false, false);
  }

  /** True when the capitalized words from {@code k} end in an institution's head noun. */
  private static boolean institutionNamed(Ctx c, int k) {
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

  /** Words that end a company's name. */
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "CO",
          "CORP",
          "CORPORATION",
          "INC",
          "LTD",
          "PLC",
          "AG",
          "SA",
          "AB",
          "NV",
          "LLC",
          "GMBH",
          "SPA",
          "PTY",
          "BHD",
          "LIMITED");

  /** Short all-capital names ("US", "UN") only match words written in capitals. */
  private boolean acceptable(Ctx c, PhraseTable.Match<ActorEntry> m) {
    if (m.to() - m.from() == 1) {
      Word w = c.w(m.from());
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
    boolean person = ActorDictionary.isPerson(e);
    if (person) {
      Found f =
          new Found(
              c.mention(i, k, code, ActorDictionary.readable(e.headword()), false), k, true, false);
      c.ante.addSurname(NameKey.of(c.key(k - 1)), f.mention());
      return f;
    }
    boolean combinable = !code.startsWith(ActorMention.UNKNOWN_COUNTRY);
    if (combinable) {
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
      } else if (k < c.words.size()
          && (c.key(k).equals("FORMER") || c.key(k).equals("SECURITY"))
          && dict.agents().longestAt(c.words, k + 1, this::agentKeys) != null
          && dict.agents().longestAt(c.words, k, this::agentKeys) == null) {
        at = k + 1;
      }
      PhraseTable.Match<AgentEntry> a =
          dict.agents().longestAt(c.words, Math.min(at, c.words.size()), this::agentKeys);
      if (at < c.words.size() && a != null) {
        AgentEntry ag = a.values().get(0);
        int end = a.to();
        Found p = end < c.words.size() && c.w(end).capitalized() ? titled(c, end, ag) : null;
        String combined = ag.primary() ? ag.code() : code + ag.code();
        if (p != null) {
          ActorMention pm = p.mention();
          if (pm.code().startsWith(code.substring(0, Math.min(3, code.length())))) {
            return new Found(
                c.mention(i, p.end(), pm.code(), pm.name(), false), p.end(), true, false);
          }
          // "X's minister <name>": the possessor's country is the person's
          ActorMention am = c.mention(i, p.end(), combined, pm.name(), false);
          c.ante.addHead(c.key(end - 1), am);
          return new Found(am, p.end(), true, false);
        }
        ActorMention am =
            c.mention(
                i, end, combined, c.text.substring(c.w(i).begin(), c.w(end - 1).end()), false);
        c.ante.addHead(c.key(end - 1), am);
        c.ante.addHead(singular(c.key(end - 1)), am);
        return new Found(am, end, isPersonAgent(c, a), plural(c, a));
      }
      String name = name(code, e);
      if (demonym(c.key(k - 1), code) && headNoun(c, k)) {
        ActorMention am =
            c.mention(i, k + 1, code, c.text.substring(c.w(i).begin(), c.w(k).end()), false);
        c.ante.addHead(c.key(k), am);
        return new Found(am, k + 1, true, c.key(k).endsWith("S"));
      }
      return new Found(c.mention(i, k, code, name, false), k, false, false);
    }
    return new Found(c.mention(i, k, code, name(code, e), false), k, false, false);
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

  private static boolean adjective(Ctx c, int j) {
    Word w = c.w(j);
    return w != null
        && !w.capitalized()
        && !w.punctuation()
        && !FUNCTION_WORDS.contains(w.key())
        && w.key().chars().allMatch(Character::isLetter);
  }

  private Found fromAgent(Ctx c, int i, PhraseTable.Match<AgentEntry> a) {
    AgentEntry ag = a.values().get(0);
    int k = a.to();
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
    while (prepOf
        && at < c.words.size()
        && (REGION_ADJECTIVES.contains(c.key(at))
            || (c.key(at).indexOf('-') > 0 && !c.w(at).capitalized()))) {
      at++; // "the mayor of the northern West Bank city", "dissidents from military-ruled Myanmar"
    }
    if (prepOf && at < c.words.size() && c.w(at).capitalized()) {
      PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, at, this::nameKeys);
      if (m != null && acceptable(c, m)) {
        String code = choose(m.values(), c.date).codeOn(c.date);
        if (code.length() == 3 || code.startsWith("IGO")) {
          String combined = ag.primary() ? ag.code() : code + ag.code();
          ActorMention am =
              c.mention(
                  i,
                  m.to(),
                  combined,
                  c.text.substring(c.w(i).begin(), c.w(m.to() - 1).end()),
                  false);
          c.ante.addHead(c.key(k - 1), am);
          if (!ag.primary() && plural(c, a)) {
            c.sharedRole = ag.code();
            c.roleEnd = m.to();
          }
          return new Found(am, m.to(), isPersonAgent(c, a), plural(c, a));
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
    ActorMention am =
        c.mention(i, k, code, c.text.substring(c.w(i).begin(), c.w(k - 1).end()), resolved);
    c.ante.addHead(c.key(k - 1), am);
    return new Found(am, k, isPersonAgent(c, a), plural(c, a));
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
      ActorEntry e = dict.person(NameKey.of(a.key()), NameKey.of(b.key()));
      if (e == null && c.w(i + 2) != null && c.w(i + 2).capitalized()) {
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
    return null;
  }

  // ---------------------------------------------------------------- references

  private Found reference(Ctx c, int i) {
    String k = c.key(i);
    Word w = c.w(i);
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
    if (k.equals("THE") && i + 1 < c.words.size()) {
      String noun = c.key(i + 1);
      if (noun.equals("COUNTRY") || noun.equals("NATION")) {
        return resolved(c, i, i + 2, c.ante.lastCountry(), true, false, false);
      }
      ActorMention head = c.ante.head(noun);
      if (head == null) {
        head = c.ante.head(singular(noun));
      }
      if (head != null && !c.w(i + 1).capitalized()) {
        return resolved(c, i, i + 2, head, false, true, noun.endsWith("S"));
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
      if (COUNTRY_NOUNS.contains(w.key())) {
        return resolved(c, i, j + 1, ante, true, false, false);
      }
    }
    if (kind == Kind.SPEAKER) {
      return resolved(c, i, i + 1, speaker(c, i), true, false, false);
    }
    return null;
  }

  /** The speaker of a quote: the actor named after it ("…,” Rakhmon said), else the last person. */
  private ActorMention speaker(Ctx c, int i) {
    int j = i;
    while (j < c.words.size() && c.quoted[j]) {
      j++;
    }
    for (int k = j; k < c.words.size(); k++) {
      String key = c.key(k);
      if (PERSON_SUBJECT.contains(key)) {
        return c.ante.resolve(c.index, c.w(i).begin(), Kind.PERSON);
      }
      if (c.w(k).capitalized()) {
        PhraseTable.Match<ActorEntry> m = dict.actors().longestAt(c.words, k, this::nameKeys);
        if (m != null && acceptable(c, m)) {
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

  private boolean demonym(String key, String code) {
    String country = dict.countryName(code);
    if (country != null && country.toUpperCase(Locale.ROOT).equals(key)) {
      return false;
    }
    if (key.endsWith("STAN")) {
      return false;
    }
    return key.endsWith("AN")
        || key.endsWith("ESE")
        || key.endsWith("ISH")
        || key.endsWith("I")
        || key.endsWith("IC")
        || key.endsWith("CH")
        || key.endsWith("K")
        || key.endsWith("SS");
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
    return !INSTITUTIONS.contains(last) && !INSTITUTIONS.contains(singular(last)) && !plural(c, a);
  }

  private static boolean plural(Ctx c, PhraseTable.Match<AgentEntry> a) {
    String last = c.key(a.to() - 1);
    List<String> phrase = a.values().get(0).phrase();
    String entryLast = phrase.get(phrase.size() - 1);
    return !last.equals(entryLast)
        || (last.endsWith("S") && !last.endsWith("SS"))
        || last.endsWith("MEN");
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
