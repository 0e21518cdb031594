package org.annals.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Closed word classes the coder needs to find clauses, subjects and modality without a parser.
 * Upper-case keys as produced by {@code WordTokenizer}.
 */
final class ClauseWords {

  private ClauseWords() {}

  /** Words after which a clause starts: its subject is not to their left. */
  /** Quote marks, straight and curly. */
  static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");

  static final Set<String> CLAUSE_BREAKS =
      Set.of(
          ";",
          ":",
          "|",
          "\u201c",
          "\u201d",
          "\"",
          "\u2014",
          "\u2013",
          "THAT",
          "WHICH",
          "WHO",
          "WHOM",
          "BECAUSE",
          "WHILE",
          "WHEREAS",
          "ALTHOUGH",
          "THOUGH",
          "AFTER",
          "BEFORE",
          "WHEN",
          "SINCE",
          "UNTIL",
          "IF",
          "UNLESS",
          "WHETHER",
          "BUT",
          "SAID",
          "SAYS",
          "SAY",
          "TOLD",
          "ACCORDING",
          "WHERE",
          "PROMPTING",
          "AMID",
          "DESPITE",
          "HOPED",
          "HOPES",
          "BELIEVES",
          "BELIEVED",
          "THINKS",
          "THOUGHT",
          "FEARS",
          "FEARED",
          "ADDED",
          "REPORTED",
          "ALLEGED",
          "CLAIMED");

  static final Set<String> DETERMINERS =
      Set.of(
          "THE", "A", "AN", "THIS", "THAT", "THESE", "THOSE", "ITS", "THEIR", "HIS", "HER", "OUR",
          "MY", "YOUR", "ANY", "EACH", "EVERY", "SOME", "NO", "ANOTHER", "'S");

  static final Set<String> QUANTIFIERS =
      Set.of(
          "ALL",
          "BOTH",
          "MANY",
          "SEVERAL",
          "FEW",
          "MOST",
          "TWO",
          "THREE",
          "FOUR",
          "FIVE",
          "SIX",
          "SEVEN",
          "EIGHT",
          "NINE",
          "TEN",
          "DOZENS",
          "HUNDREDS",
          "THOUSANDS",
          "OTHER",
          "MORE");

  /** Words of time expressions, which follow an object without making it a modifier. */
  static final Set<String> TIME_WORDS =
      Set.of(
          "NEXT",
          "LAST",
          "THIS",
          "TODAY",
          "TOMORROW",
          "YESTERDAY",
          "TONIGHT",
          "OVERNIGHT",
          "MEANWHILE",
          "EARLIER",
          "LATER",
          "NOW",
          "AGAIN",
          "HERE",
          "THERE",
          "SOON",
          "RECENTLY",
          "ONCE",
          "WEEK",
          "MONTH",
          "YEAR");

  /** Days of the week: "meet separately Monday", a present tense dated to come. */
  static final Set<String> WEEKDAYS =
      Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** Days and months: "Israel on Wednesday released", "in March agreed" (no adjectives). */
  static final Set<String> CALENDAR_WORDS =
      union(
          WEEKDAYS,
          "JANUARY",
          "FEBRUARY",
          "MARCH",
          "APRIL",
          "MAY",
          "JUNE",
          "JULY",
          "AUGUST",
          "SEPTEMBER",
          "OCTOBER",
          "NOVEMBER",
          "DECEMBER",
          "JAN",
          "FEB",
          "AUG",
          "SEPT",
          "OCT",
          "NOV",
          "DEC",
          "WEEKEND",
          "NIGHT",
          "MORNING",
          "AFTERNOON",
          "EVENING",
          "OVERNIGHT");

  /** Verbs whose compound subject acts on itself: "X and Y met". */
  static final Set<String> MUTUAL_VERBS =
      Set.of(
          "MEET",
          "CONVENE",
          "AGREE",
          "CLASH",
          "NEGOTIATE",
          "TALK",
          "FIGHT",
          "CONFER",
          "SIGN",
          "COOPERATE",
          "RECONCILE",
          "DISAGREE",
          "QUARREL",
          "FEUD",
          "COLLABORATE",
          "ALLY",
          "TRADE");

  /**
   * Objects that take two parties: "renewed ties", "postponed their meeting", "remain at odds"
   * (singular forms).
   */
  static final Set<String> MUTUAL_OBJECTS =
      Set.of(
          "TIE",
          "RELATION",
          "ODD",
          "TALK",
          "MEETING",
          "AGREEMENT",
          "ACCORD",
          "DEAL",
          "TREATY",
          "PACT",
          "COMMITMENT",
          "EACH",
          "ANOTHER",
          "DIALOGUE",
          "NEGOTIATION",
          "SUMMIT",
          "CONFERENCE",
          "SESSION",
          "SEMINAR",
          "CONSULTATION",
          "DISCUSSION",
          "COOPERATION",
          "PARTNERSHIP",
          "VENTURE",
          "CONSORTIUM",
          "DISPUTE",
          "DIFFERENCE",
          "ROW",
          "FEUD");

  /** Prepositions that name whom an act is aimed at. */
  static final Set<String> DIRECTIONS =
      Set.of("AT", "ON", "AGAINST", "TOWARD", "TOWARDS", "INTO", "UPON", "TO");

  static final Set<String> PREPOSITIONS =
      Set.of(
          "OF",
          "IN",
          "ON",
          "AT",
          "BY",
          "FOR",
          "WITH",
          "FROM",
          "INTO",
          "ONTO",
          "TOWARD",
          "TOWARDS",
          "BETWEEN",
          "AMONG",
          "AGAINST",
          "ABOUT",
          "OVER",
          "UNDER",
          "WITHOUT",
          "WITHIN",
          "THROUGH",
          "DURING",
          "BEYOND",
          "NEAR",
          "ACROSS",
          "BEHIND",
          "UPON",
          "VIA",
          "LIKE",
          "INCLUDING");

  static final Set<String> BE =
      Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "GET", "GOT", "GETS");

  static final Set<String> NEGATIONS =
      Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "CANNOT");

  /** Words of planning, which both a reporter's schedule and an actor's stated intent use. */
  private static final Set<String> PLANNING =
      Set.of(
          "WILL",
          "SHALL",
          "'LL",
          "GOING",
          "PLAN",
          "PLANS",
          "PLANNED",
          "PLANNING",
          "INTEND",
          "INTENDS",
          "INTENDED",
          "WANT",
          "WANTS",
          "WANTED",
          "AIM",
          "AIMS",
          "PREPARED",
          "PREPARING",
          "READY",
          "EAGER",
          "WILLING",
          "KEEN",
          "DETERMINED",
          "DECIDE",
          "DECIDES",
          "DECIDED",
          "EXPECT",
          "EXPECTS",
          "EXPECTING");

  /** Words by which a reporter puts an act on a schedule: "due to", "set to take effect". */
  static final Set<String> SCHEDULES = Set.of("DUE", "ABOUT", "EXPECTED", "SCHEDULED", "SET");

  static final Set<String> PLANNED = union(union(PLANNING, SCHEDULES.toArray(String[]::new)), "TO");

  /** Personal pronouns, which name an actor only when the actor recognizer resolved them. */
  static final Set<String> PRONOUNS = Set.of("HE", "SHE", "IT", "THEY", "WE", "I", "YOU");

  /** Verbs of promising, which state an intent ("agreed to free") and commit to it. */
  private static final Set<String> PROMISES =
      Set.of(
          "AGREE",
          "AGREES",
          "AGREED",
          "AGREEING",
          "PROMISE",
          "PROMISES",
          "PROMISED",
          "PROMISING",
          "PLEDGE",
          "PLEDGES",
          "PLEDGED",
          "PLEDGING",
          "VOW",
          "VOWS",
          "VOWED",
          "VOWING");

  /**
   * Words by which an actor states its own intent ("will meet", "plans to visit", "wants to help",
   * "said it would free"), as against a schedule the reporter gives ("are due to pull out", "is
   * expected to", "is set to"): CAMEO codes the stated intent (03x, or a threat, 13x), not the
   * event intended.
   */
  static final Set<String> INTENT =
      union(
          union(PROMISES, PLANNING.toArray(String[]::new)),
          "WOULD",
          "INTENDING",
          "WANTING",
          "AIMED",
          "AIMING",
          "PREPARES",
          "SEEK",
          "SEEKS",
          "SEEKING",
          "SOUGHT",
          "HOPE",
          "HOPES",
          "HOPED",
          "HOPING",
          "TRY",
          "TRIES",
          "TRIED",
          "TRYING",
          "OFFER",
          "OFFERS",
          "OFFERED",
          "OFFERING");

  /**
   * Words that report a claim about another actor: "says Russia was behind", "believes Iran was
   * responsible", "evidence proving Russia was behind".
   */
  static final Set<String> CLAIMS =
      Set.of(
          "SAY",
          "SAYS",
          "SAID",
          "CLAIM",
          "CLAIMS",
          "CLAIMED",
          "ALLEGE",
          "ALLEGES",
          "ALLEGED",
          "BELIEVE",
          "BELIEVES",
          "BELIEVED",
          "CHARGE",
          "CHARGES",
          "CHARGED",
          "INSIST",
          "INSISTS",
          "INSISTED",
          "PROVING",
          "PROVES",
          "PROVED",
          "SHOWING",
          "SHOWS",
          "SHOWED",
          "SUSPECT",
          "SUSPECTS",
          "SUSPECTED",
          "CONCLUDED",
          "FOUND");

  /**
   * Verbs of demanding and urging whose "that" clause says what another actor should do: the
   * clause's subject is the one the demand is made of, and its act is not done.
   */
  static final Set<String> DEMANDS =
      Set.of(
          "DEMAND",
          "DEMANDS",
          "DEMANDED",
          "DEMANDING",
          "URGE",
          "URGES",
          "URGED",
          "URGING",
          "INSIST",
          "INSISTS",
          "INSISTED",
          "INSISTING",
          "ASK",
          "ASKS",
          "ASKED",
          "ASKING",
          "REQUEST",
          "REQUESTS",
          "REQUESTED",
          "REQUESTING",
          "PROPOSE",
          "PROPOSES",
          "PROPOSED",
          "PROPOSING",
          "RECOMMEND",
          "RECOMMENDS",
          "RECOMMENDED");

  /** Nouns of sanctions (CAMEO 163) that a verb of announcing or enacting imposes. */
  static final Set<String> SANCTION_NOUNS =
      Set.of(
          "SANCTIONS",
          "SANCTION",
          "EMBARGO",
          "EMBARGOES",
          "BOYCOTT",
          "FREEZES",
          "FREEZE",
          "TARIFFS",
          "DUTIES",
          "BANS");

  /** Nouns of loans and credits (CAMEO 071) that a verb of announcing or enacting grants. */
  static final Set<String> LOAN_NOUNS = Set.of("LOAN", "LOANS", "CREDIT", "CREDITS");

  /** Nouns of a group sent somewhere by the actor before them: "World Bank review teams". */
  static final Set<String> SENT_GROUPS =
      Set.of("TEAM", "TEAMS", "DELEGATION", "DELEGATIONS", "MISSION", "MISSIONS");

  /** Nouns of a group whose members act: "a team of Nigerian officials will meet". */
  static final Set<String> COLLECTIVES =
      union(
          SENT_GROUPS,
          "GROUP",
          "GROUPS",
          "PARTY",
          "CONTINGENT",
          "PANEL",
          "UNIT",
          "UNITS",
          "COMMITTEE",
          "COUNCIL",
          "BOARD",
          "ASSOCIATION",
          "FEDERATION",
          "MEMBER",
          "MEMBERS");

  /** Words of speculation or rumour, whose "that" clause reports no act. */
  static final Set<String> SPECULATING =
      Set.of(
          "SPECULATE",
          "SPECULATED",
          "SPECULATES",
          "SPECULATING",
          "SPECULATION",
          "RUMOURS",
          "RUMORS",
          "RUMOURED",
          "RUMORED",
          "GUESS",
          "GUESSED");

  /**
   * Words as often nouns as verbs that modify a noun of {@link #COMPOUND_HEADS} after them, and are
   * then no verb: "aid planes", "the secret U.S. arms sales", "Japan's trade surplus", "arms
   * control agreements".
   */
  static final Set<String> COMPOUND_MODIFIERS =
      Set.of("AID", "ARMS", "TRADE", "RELIEF", "EXPORT", "IMPORT", "SUPPLY", "FUND", "CONTROL");

  static final Set<String> COMPOUND_HEADS =
      Set.of(
          "PLANE",
          "PLANES",
          "FLIGHT",
          "FLIGHTS",
          "SHIPMENT",
          "SHIPMENTS",
          "WORKERS",
          "AGENCY",
          "AGENCIES",
          "GROUPS",
          "CONVOY",
          "CONVOYS",
          "PACKAGE",
          "SUPPLIES",
          "EFFORT",
          "EFFORTS",
          "SALE",
          "SALES",
          "DEAL",
          "DEALS",
          "DELIVERIES",
          "EMBARGO",
          "RACE",
          "CONTROL",
          "CONTROLS",
          "DEFICIT",
          "DEFICITS",
          "SURPLUS",
          "SURPLUSES",
          "TALKS",
          "NEGOTIATIONS",
          "DISPUTE",
          "DISPUTES",
          "WAR",
          "BILL",
          "BALANCE",
          "PARTNER",
          "PARTNERS",
          "ALLIES",
          "POLICY",
          "BARRIERS",
          "FRICTION",
          "AGREEMENT",
          "AGREEMENTS",
          "TREATY",
          "PACT",
          "RELATIONS",
          "REPRESENTATIVE",
          "MINISTER",
          "OFFICIALS",
          "DELEGATION",
          "PROGRAM",
          "PROGRAMME",
          "TEAMS",
          "RESTRICTIONS",
          "CURBS",
          "QUOTAS",
          "TARIFFS",
          "DUTIES",
          "LICENCES",
          "LICENSES",
          "CREDITS",
          "GUARANTEES",
          "ROUTES",
          "SANCTIONS",
          "MISSION",
          "OPERATION");

  /** Words of one side's readiness to act: "willing to talk", "ready to continue talks". */
  static final Set<String> READINESS = Set.of("WILLING", "READY", "PREPARED", "EAGER", "KEEN");

  /** Craft a state's forces fly or sail: "U.S. helicopters delivered aid", "Iranian gunboats". */
  static final Set<String> CRAFT =
      Set.of(
          "HELICOPTER",
          "HELICOPTERS",
          "AIRCRAFT",
          "WARPLANE",
          "WARPLANES",
          "JETS",
          "BOMBERS",
          "FIGHTERS",
          "DRONE",
          "DRONES",
          "WARSHIP",
          "WARSHIPS",
          "GUNBOAT",
          "GUNBOATS",
          "FRIGATE",
          "FRIGATES",
          "DESTROYER",
          "DESTROYERS",
          "SUBMARINE",
          "SUBMARINES");

  /**
   * Nouns that head a company's description before its name: "French state-owned aluminium and
   * special metals group Pechiney", "a Canadian ski stick and boot manufacturer".
   */
  static final Set<String> COMPANY_NOUNS =
      Set.of(
          "GROUP",
          "COMPANY",
          "FIRM",
          "CONCERN",
          "MAKER",
          "MANUFACTURER",
          "PRODUCER",
          "BANK",
          "INSURER",
          "AIRLINE",
          "CONGLOMERATE",
          "SUBSIDIARY",
          "GIANT",
          "CHAIN",
          "RETAILER",
          "DISTRIBUTOR",
          "CORPORATION");

  /** Words that open a clause of what is asked or supposed, not done: "whether", "if". */
  static final Set<String> QUESTIONS = Set.of("WHETHER", "IF", "UNLESS");

  /** Verbs that enact or announce what their object names: "announced sanctions against X". */
  static final Set<String> ENACTING =
      Set.of(
          "ANNOUNCE",
          "ANNOUNCES",
          "ANNOUNCED",
          "ANNOUNCING",
          "IMPOSE",
          "IMPOSES",
          "IMPOSED",
          "IMPOSING",
          "APPROVE",
          "APPROVES",
          "APPROVED",
          "ADOPT",
          "ADOPTS",
          "ADOPTED",
          "DECLARE",
          "DECLARES",
          "DECLARED",
          "UNVEIL",
          "UNVEILS",
          "UNVEILED",
          "ORDER",
          "ORDERS",
          "ORDERED",
          "INTRODUCE",
          "INTRODUCES",
          "INTRODUCED",
          "EXTEND",
          "EXTENDS",
          "EXTENDED",
          "EXPAND",
          "EXPANDS",
          "EXPANDED",
          "TIGHTEN",
          "TIGHTENS",
          "TIGHTENED",
          "AGREE",
          "AGREES",
          "AGREED");

  /** Nouns that name a meeting, with the CAMEO code of holding it (046 talks, 040 meetings). */
  static final java.util.Map<String, String> MEETING_NOUNS =
      java.util.Map.of(
          "TALKS", "046",
          "NEGOTIATIONS", "046",
          "CONSULTATIONS", "046",
          "DISCUSSIONS", "046",
          "DISCUSSION", "046",
          "NEGOTIATION", "046",
          "CONSULTATION", "046",
          "MEETING", "040",
          "MEETINGS", "040",
          "SUMMIT", "040");

  /** Verbs of alleging, whose "that" clause reports an act the subject accuses another of. */
  static final Set<String> ALLEGING =
      Set.of(
          "CHARGE", "CHARGES", "CHARGED", "CHARGING", "ALLEGE", "ALLEGES", "ALLEGED", "ALLEGING");

  /** Verbs whose party follows "in": "invested in China", "intervened in Syria". */
  static final Set<String> IN_OBJECT_VERBS = Set.of("INVEST", "INTERVENE");

  /** Words between a possessive and its meeting noun: "Poland's fresh talks". */
  static final Set<String> MEETING_ADJECTIVES =
      Set.of(
          "FRESH", "NEW", "LATEST", "RECENT", "FIRST", "SECOND", "DIRECT", "BILATERAL", "OFFICIAL");

  /** Verbs of wishing, which say what their subject would like another actor to do. */
  static final Set<String> WISHES =
      Set.of(
          "WANT",
          "WANTS",
          "WANTED",
          "WANTING",
          "WISH",
          "WISHES",
          "WISHED",
          "WISHING",
          "LIKE",
          "LIKES",
          "LIKED",
          "PREFER",
          "PREFERS",
          "PREFERRED",
          "EXPECT",
          "EXPECTS",
          "EXPECTED");

  /**
   * Verbs of commitment: "agreed to", "promised to", "pledged to" an action state an intent to
   * cooperate (CAMEO 03x).
   */
  static final Set<String> COMMITMENTS =
      union(PROMISES, "OFFER", "OFFERS", "OFFERED", "OFFERING", "COMMIT", "COMMITS", "COMMITTED");

  static final Set<String> POSSIBLE =
      Set.of(
          "COULD",
          "MIGHT",
          "MAY",
          "WOULD",
          "CAN",
          "POSSIBLY",
          "PERHAPS",
          "LIKELY",
          "PROBABLY",
          "CONSIDER",
          "CONSIDERING",
          "CONSIDERS",
          "MAYBE",
          "SHOULD",
          "OUGHT");

  /**
   * Verbs and adjectives that take an infinitive whose subject is their own ("are due to go",
   * "vowed to expel"): the words of {@code catenatives.tsv}, where each has its kind.
   */
  static final Set<String> CATENATIVES = catenatives("modal", "failure", "governing", "refusal");

  /** Catenatives whose infinitive is the event and which add no event of their own. */
  static final Set<String> MODAL_CATENATIVES = catenatives("modal", "failure");

  /**
   * Catenatives that say their infinitive did not happen: "failed to reach", "was unable to reach"
   * (modal), "refused to release", "declined to meet" (a rejection of their own, 12x).
   */
  static final Set<String> NEGATING_CATENATIVES = catenatives("failure", "refusal");

  /** Verbs and nouns of denial, whose "that" clause is not asserted: "denied that X attacked Y". */
  static final Set<String> DENIALS =
      Set.of("DENY", "DENIES", "DENIED", "DENYING", "DENIAL", "DENIALS");

  /**
   * Verbs that deny what a claim noun reports: "rejected claims that", "dismissed reports that".
   */
  static final Set<String> REJECTIONS =
      Set.of(
          "REJECT",
          "REJECTS",
          "REJECTED",
          "REJECTING",
          "DISMISS",
          "DISMISSES",
          "DISMISSED",
          "DISMISSING",
          "REFUTE",
          "REFUTES",
          "REFUTED",
          "REFUTING");

  /** Nouns that report a claim: "denied reports that", "rejected allegations that". */
  static final Set<String> CLAIM_NOUNS =
      Set.of(
          "CLAIM",
          "CLAIMS",
          "REPORT",
          "REPORTS",
          "ALLEGATION",
          "ALLEGATIONS",
          "ACCUSATION",
          "ACCUSATIONS",
          "CHARGE",
          "CHARGES",
          "SUGGESTION",
          "SUGGESTIONS",
          "RUMOR",
          "RUMORS",
          "RUMOUR",
          "RUMOURS",
          "ASSERTION",
          "ASSERTIONS");

  /** Words that may stand between a coordinated verb and the previous one's subject. */
  static final Set<String> SOFT =
      Set.of(
          "AND",
          ",",
          "ALSO",
          "HAVE",
          "HAS",
          "HAD",
          "NOT",
          "N'T",
          "NEVER",
          "TO",
          "WILL",
          "WOULD",
          "COULD",
          "MAY",
          "MIGHT",
          "CAN",
          "SHALL",
          "SHOULD",
          "MUST",
          "IS",
          "ARE",
          "WAS",
          "WERE",
          "BE",
          "BEEN",
          "THEN",
          "LATER",
          "EVEN",
          "STILL",
          "YET",
          "JUST",
          "ALREADY",
          "DID",
          "DOES",
          "DO",
          "THEREFORE",
          "THUS");

  /** Reporting verb forms after a speaker: "…, officials said". */
  static final Set<String> SPEECH =
      Set.of("SAID", "SAYS", "SAY", "TOLD", "REPORTED", "ADDED", "NOTED", "STATED", "ANNOUNCED");

  /**
   * Verbs that report speech or thought: they introduce a clause and are not events themselves (the
   * CAMEO dictionary lists some of them under consultation or appeal codes).
   */
  static final Set<String> REPORTING =
      Set.of(
          "SAY",
          "TELL",
          "ADD",
          "NOTE",
          "QUOTE",
          "CITE",
          "WRITE",
          "ASSERT",
          "STATE",
          "EXPLAIN",
          "THINK",
          "ESTIMATE",
          "EXPECT",
          "WATCH",
          "SEE",
          "FEEL",
          "KNOW",
          "HOPE");

  /** The words of {@code catenatives.tsv} of the given kinds. */
  /**
   * Verbs by which an actor examines or weighs a document, a plan or an act, none of which is an
   * act toward another: "is studying a plan to buy", "will re-examine a letter from", "is
   * considering buying".
   */
  static final List<String> EXAMINING_VERBS =
      List.of(
          "STUDY",
          "CONSIDER",
          "REVIEW",
          "EXAMINE",
          "RE-EXAMINE",
          "REEXAMINE",
          "WEIGH",
          "CONTEMPLATE",
          "MULL");

  /** {@link #EXAMINING_VERBS} as the lemmas of the verb dictionary's senses. */
  static final Set<String> EXAMINING = Set.copyOf(EXAMINING_VERBS);

  /** The forms of the verbs by which a plan is weighed, not adopted: studying, discussing. */
  static final Set<String> WEIGHING =
      union(
          Inflection.forms(EXAMINING_VERBS),
          Inflection.forms(List.of("DISCUSS", "DEBATE")).toArray(String[]::new));

  /**
   * Documents whose "-ing" modifier or infinitive says what their author states or asks: "a
   * statement deploring Japan's trade imbalance", "a resolution to impose sanctions".
   */
  static final Set<String> DOCUMENTS =
      Set.of(
          "STATEMENT",
          "COMMUNIQUE",
          "RESOLUTION",
          "DECLARATION",
          "LETTER",
          "REPORT",
          "MESSAGE",
          "NOTE",
          "MOTION",
          "BILL");

  /** Nouns of a plan whose infinitive says what it would do: "a plan to buy". */
  static final Set<String> PLAN_NOUNS =
      Set.of("PLAN", "PLANS", "PROPOSAL", "PROPOSALS", "IDEA", "OFFER", "SCHEME");

  /** Documents and plans that another sends or proposes, which examining is no act toward. */
  static final Set<String> PAPERS =
      union(
          union(DOCUMENTS, PLAN_NOUNS.toArray(String[]::new)),
          "LETTERS",
          "REPORTS",
          "REQUEST",
          "REQUESTS",
          "DRAFT",
          "OFFERS");

  /** The words of a list and more words, as one list. */
  static Set<String> union(Set<String> words, String... more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  private static Set<String> catenatives(String... kinds) {
    String resource = "catenatives.tsv";
    List<String> wanted = List.of(kinds);
    Set<String> out = new HashSet<>();
    try (InputStream in = ClauseWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.strip().split("\t");
        if (f.length == 2 && !f[0].startsWith("#") && wanted.contains(f[1])) {
          out.add(f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /**
   * Nouns and adjectives whose infinitive completes them, no purpose: "the right to", "a decision
   * to", "a loan to help", "reluctant to buy".
   */
  static final Set<String> INFINITIVE_HEADS =
      Set.of(
          "RIGHT",
          "RIGHTS",
          "ATTEMPT",
          "ATTEMPTS",
          "EFFORT",
          "EFFORTS",
          "DECISION",
          "MOVE",
          "MOVES",
          "OFFER",
          "OFFERS",
          "PLAN",
          "PLANS",
          "BID",
          "PROPOSAL",
          "AGREEMENT",
          "WILLINGNESS",
          "READINESS",
          "REFUSAL",
          "FAILURE",
          "PROMISE",
          "PLEDGE",
          "COMMITMENT",
          "CALL",
          "CALLS",
          "REQUEST",
          "PERMISSION",
          "AUTHORITY",
          "POWER",
          "POWERS",
          "WAY",
          "TIME",
          "CHANCE",
          "OPPORTUNITY",
          "ABILITY",
          "NEED",
          "INTENTION",
          "AIM",
          "GOAL",
          "DESIRE",
          "ORDER",
          "ORDERS",
          "LICENCE",
          "LICENSE",
          "APPROVAL",
          "MANDATE",
          "DEADLINE",
          "CONTRACT",
          "CONTRACTS",
          "LOAN",
          "LOANS",
          "CREDIT",
          "CREDITS",
          "DEAL",
          "FUNDS",
          "MONEY",
          "LEGISLATION",
          "BILL",
          "PRESSURE",
          "PRESSURES",
          "RELUCTANT",
          "UNWILLING",
          "WILLING",
          "EAGER",
          "KEEN",
          "PREPARED",
          "ANXIOUS",
          "DETERMINED",
          "FREE",
          "UNABLE");
}
