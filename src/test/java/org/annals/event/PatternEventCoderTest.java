package org.annals.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.actor.WordTokenizer;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PatternEventCoderTest {

  private static List<CodedEvent> seedEvents;
  private static String seedText;

  @BeforeAll
  static void codeSeed() throws IOException {
    seedText = resource("/events/tajikistan-2012-04-23.txt");
    seedEvents = code(seedText, LocalDate.of(2012, 4, 23));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PatternEventCoderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The events of a text, as the language core codes them: sentences, actors, then events. */
  static List<CodedEvent> code(String text, LocalDate date) {
    List<Sentence> sentences = SentenceSplitter.standard().split(text);
    List<ActorMention> actors = ActorRecognizer.standard().find(text, sentences, date);
    List<CodedEvent> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<ActorMention> in = new ArrayList<>();
      for (ActorMention m : actors) {
        if (m.sentenceIndex() == s.index()) {
          in.add(m);
        }
      }
      out.addAll(EventCoder.standard().code(s, in));
    }
    return out;
  }

  /** The sentence of a fixture file ({@code id, date, text} per line) with the given id. */
  static List<CodedEvent> fixture(String file, String id) throws IOException {
    for (String line : resource(file).split("\n")) {
      String[] f = line.split("\t");
      if (f[0].equals(id)) {
        return code(f[2], LocalDate.parse(f[1]));
      }
    }
    throw new AssertionError("no fixture " + id);
  }

  private static CodedEvent trigger(List<CodedEvent> events, String text, String trigger) {
    for (CodedEvent e : events) {
      if (text.substring(e.triggerBegin(), e.triggerEnd()).startsWith(trigger)) {
        return e;
      }
    }
    throw new AssertionError("no event triggered by '" + trigger + "'");
  }

  private static String target(CodedEvent e) {
    return e.target() == null ? null : e.target().country();
  }

  @Test
  void seedRejectionOfBasesIsCodedAsRejectByTajikistan() {
    CodedEvent e = trigger(seedEvents, seedText, "rejected");
    assertEquals("TJK", e.source().country());
    assertEquals("12", e.code().substring(0, 2));
    assertFalse(e.negated());
  }

  @Test
  void seedHeadlineRejectionBelongsToTheReportingSubject() {
    CodedEvent e = seedEvents.get(0);
    assertEquals("rejects", seedText.substring(e.triggerBegin(), e.triggerEnd()));
    assertEquals("TJK", e.source().country());
    assertEquals("12", e.code().substring(0, 2));
  }

  @Test
  void seedStrategicPartnerIsVerbalCooperationFromTajikistanToRussia() {
    CodedEvent e = trigger(seedEvents, seedText, "is");
    assertEquals("TJK", e.source().country());
    assertEquals("RUS", target(e));
    assertEquals("05", e.code().substring(0, 2));
  }

  @Test
  void seedPassiveJailingIsAnArrestByTheCountryItHappenedIn() {
    CodedEvent e = trigger(seedEvents, seedText, "jailed");
    assertEquals("TJK", e.source().country());
    assertEquals("RUS", target(e));
    assertEquals("173", e.code());
    assertEquals(Modality.ASSERTED, e.modality());
  }

  @Test
  void seedAmnestyReleasesBothPrisoners() {
    List<String> targets = new ArrayList<>();
    for (CodedEvent e : seedEvents) {
      if (seedText.substring(e.triggerBegin(), e.triggerEnd()).equals("amnestied")) {
        assertTrue(e.code().startsWith("084"), e.code());
        targets.add(target(e));
      }
    }
    assertEquals(List.of("RUS", "EST"), targets);
  }

  @Test
  void seedNatoPulloutIsPlannedMilitaryDeEscalation() {
    CodedEvent e = trigger(seedEvents, seedText, "pull out");
    assertEquals("IGOWSTNAT", e.source().code().substring(0, 9));
    assertEquals("AFG", target(e));
    assertEquals("0874", e.code());
    assertEquals(Modality.PLANNED, e.modality());
  }

  @Test
  void seedRussiaOpposesWesternPresence() {
    CodedEvent e = trigger(seedEvents, seedText, "opposes");
    assertEquals("RUS", e.source().country());
    assertEquals("11", e.code().substring(0, 2));
  }

  @Test
  void negatedStatementsAreMarked() throws IOException {
    CodedEvent e = fixture("/events/gigaword-sentences.tsv", "NEG_0").get(0);
    assertTrue(e.negated());
    assertEquals(Modality.NEGATED, e.modality());
    assertEquals("USA", e.source().country());
    assertEquals("ISR", target(e));
    String text = "Iran did not attack Iraq.";
    CodedEvent attack = trigger(code(text, LocalDate.of(1987, 3, 1)), text, "attack");
    assertTrue(attack.negated());
  }

  private static final LocalDate SEED_DAY = LocalDate.of(2012, 4, 23);

  private static CodedEvent coded(String text, String trigger) {
    return trigger(code(text, LocalDate.of(2012, 4, 23)), text, trigger);
  }

  private static void assertNegated(CodedEvent e, String source, String target, String root) {
    assertTrue(e.negated(), e.toString());
    assertEquals(Modality.NEGATED, e.modality());
    assertEquals(source, e.source().country());
    assertEquals(target, target(e));
    assertEquals(root, e.code().substring(0, 2));
  }

  @Test
  void whatADenialDeniesIsNegated() {
    assertNegated(coded("Russia denied that it attacked Ukraine.", "attacked"), "RUS", "UKR", "19");
    assertNegated(
        coded("Russia denied its troops attacked Ukraine.", "attacked"), "RUS", "UKR", "19");
    assertNegated(
        coded("Russia has denied reports that its troops attacked Ukraine last week.", "attacked"),
        "RUS",
        "UKR",
        "19");
    assertNegated(
        coded("Russia rejected claims that it had invaded Ukraine.", "invaded"),
        "RUS",
        "UKR",
        "19");
    assertNegated(
        coded("Syria denied accusations that it had shelled Turkey.", "shelled"),
        "SYR",
        "TUR",
        "19");
    assertNegated(
        coded(
            "Israel dismissed allegations that its soldiers had killed Palestinian civilians.",
            "killed"),
        "ISR",
        "PSE",
        "20"); // KILL * CIVILIANS: mass killing of non-combatants (202)
    assertNegated(
        coded(
            "The ministry denied media reports that Russian troops had shelled Ukrainian positions.",
            "shelled"),
        "RUS",
        "UKR",
        "19");
  }

  @Test
  void aDenialKeepsItsOwnCode() {
    CodedEvent denial =
        coded("Russia has denied reports that its troops attacked Ukraine last week.", "denied");
    assertEquals("016", denial.code());
    assertEquals("RUS", denial.source().country());
    assertFalse(denial.negated());
    assertEquals(Modality.ASSERTED, denial.modality());
    CodedEvent rejection = coded("Russia rejected claims that it had invaded Ukraine.", "rejected");
    assertEquals("016", rejection.code());
    assertFalse(rejection.negated());
  }

  @Test
  void confirmedOrPlainReportsStayAsserted() {
    CodedEvent e =
        coded(
            "The ministry confirmed reports that Russian troops had shelled Ukrainian positions.",
            "shelled");
    assertFalse(e.negated());
    assertEquals(Modality.ASSERTED, e.modality());
    assertFalse(coded("Russia attacked Ukraine.", "attacked").negated());
  }

  @Test
  void failedOrUnableNegatesTheInfinitive() {
    assertNegated(
        coded("Russia was unable to reach a deal with Ukraine.", "reach"), "RUS", "UKR", "03");
    assertNegated(
        coded("Russia failed to reach an agreement with Ukraine.", "reach"), "RUS", "UKR", "03");
  }

  @Test
  void aNegatedFailureOrRefusalAssertsTheInfinitive() {
    CodedEvent attack = coded("Russia did not fail to attack Georgia.", "attack");
    assertFalse(attack.negated(), attack.toString());
    assertEquals("GEO", target(attack));
    assertEquals("19", attack.code().substring(0, 2));
    assertFalse(coded("Russia never failed to support Georgia.", "support").negated());
    assertFalse(coded("China did not refuse to meet the Japanese delegation.", "meet").negated());
    assertNegated(coded("Russia failed to attack Georgia.", "attack"), "RUS", "GEO", "19");
  }

  @Test
  void aPassiveDenialNegatesTheClaim() {
    assertNegated(
        coded("Reports that Russia attacked Georgia were denied by Moscow.", "attacked"),
        "RUS",
        "GEO",
        "19");
    String text = "Claims that Israel had bombed Syria were rejected by Israeli officials.";
    List<CodedEvent> events = code(text, LocalDate.of(2012, 4, 23));
    assertNegated(trigger(events, text, "bombed"), "ISR", "SYR", "19");
    for (CodedEvent e : events) {
      // the claims were rejected, not Israel
      assertTrue(e.negated() || e.target() == null || !e.target().country().equals("ISR"), e + "");
      assertTrue(e.negated() || e.target() == null || !e.target().country().equals("SYR"), e + "");
    }
    assertFalse(
        coded("Reports that Russia attacked Georgia were confirmed by Moscow.", "attacked")
            .negated());
  }

  @Test
  void aPlaceNamesTheAgentOnlyOfAStatesActs() {
    CodedEvent jailed = coded("A Russian citizen was jailed in Tajikistan on Monday.", "jailed");
    assertEquals("TJK", jailed.source().country());
    assertEquals("RUS", target(jailed));
    for (String text :
        List.of(
            "Nigerian troops were killed in Mali.",
            "Two Russian soldiers were killed in Ukraine on Monday.")) {
      for (CodedEvent e : code(text, LocalDate.of(2015, 1, 1))) {
        assertTrue(e.source().text().isEmpty(), text + ": " + e); // unknown killer
      }
    }
  }

  @Test
  void aVerbCapitalizedAfterAnAbbreviationIsStillAVerb() {
    CodedEvent e = coded("The U.S. Imposed tariffs on Japanese goods.", "Imposed");
    assertEquals("USA", e.source().country());
    assertEquals("JPN", target(e));
    String before =
        "In talks last week, the U.S. Criticised Japan's fiscal policy as deflationary.";
    assertEquals(Set.of("USA>JPN:111"), coded(code(before, LocalDate.of(1987, 3, 10))));
    String name = "U.S. Trade Representative Clayton Yeutter met Japanese officials.";
    for (CodedEvent x : code(name, LocalDate.of(1987, 3, 1))) {
      assertFalse(name.startsWith("Trade", x.triggerBegin()), x.toString());
    }
  }

  @Test
  void aDayBetweenSubjectAndVerbKeepsTheVerb() {
    CodedEvent e = coded("Israel on Wednesday released the mayor of Nablus.", "released");
    assertEquals("ISR", e.source().country());
    assertEquals("PSE", target(e));
    assertEquals("08", e.code().substring(0, 2));
    CodedEvent accused =
        coded("France on Wednesday accused Rwanda of making unacceptable accusations.", "accused");
    assertEquals("FRA", accused.source().country());
    assertEquals("RWA", target(accused));
  }

  @Test
  void aNounAfterAnIndefiniteArticleOrNumberIsNoVerb() {
    String strike =
        "The United States launched an air strike against an Islamic State target near Baghdad.";
    for (CodedEvent e : code(strike, LocalDate.of(2014, 9, 15))) {
      assertFalse(strike.startsWith("target", e.triggerBegin()), e.toString());
    }
    String shells = "Pyongyang on Thursday fired two artillery shells at Seoul.";
    List<CodedEvent> fired = code(shells, LocalDate.of(2010, 11, 23));
    for (CodedEvent e : fired) {
      assertFalse(shells.startsWith("shells", e.triggerBegin()), e.toString());
    }
    CodedEvent e = trigger(fired, shells, "fired");
    assertEquals("PRK", e.source().country());
    assertEquals("KOR", target(e)); // not the artillery, the own weapon it was fired with
    String sponsored =
        "The minister told Reuters on his return from a World Bank sponsored donors' conference"
            + " in New York that the aid would arrive soon.";
    for (CodedEvent x : code(sponsored, LocalDate.of(1987, 3, 1))) {
      assertFalse(sponsored.startsWith("sponsored", x.triggerBegin()), x.toString());
    }
    CodedEvent jailed = coded("A Tunisian court jailed a Libyan man for two years.", "jailed");
    assertEquals("TUN", jailed.source().country());
  }

  @Test
  void aCompoundSubjectMeetsEachOtherNotThePlace() {
    String text = "Barack Obama and Vladimir Putin will meet in Zurich to discuss trade.";
    List<String> dyads = new ArrayList<>();
    for (CodedEvent e : code(text, LocalDate.of(2015, 6, 9))) {
      dyads.add(e.source().country() + ">" + target(e));
    }
    assertTrue(dyads.contains("USA>RUS") && dyads.contains("RUS>USA"), dyads.toString());
    assertFalse(dyads.contains("USA>CHE"), dyads.toString());
  }

  @Test
  void anAdjectiveAfterBeOrASloganIsNoVerb() {
    String better =
        "Relations between the U.S. and Japan are likely to get worse before they get better,"
            + " director general of the Dutch Economics Ministry Frans Engering said.";
    assertTrue(code(better, LocalDate.of(1987, 4, 1)).isEmpty());
    String slogan = "US activists unfurled giant \"Free Tibet\" banners in Beijing.";
    for (CodedEvent e : code(slogan, LocalDate.of(2008, 8, 6))) {
      assertFalse(slogan.startsWith("Free", e.triggerBegin()), e.toString());
    }
  }

  /** The victims of an attack suffer it from the state its noun names, not the other way. */
  @Test
  void victimsOfAnAttackSufferItFromTheStateThatMadeIt() {
    CodedEvent strike =
        coded(
            "Three Afghan soldiers were killed in a US air strike in Helmand province.", "killed");
    assertEquals("USA", strike.source().country());
    assertEquals("AFG", target(strike));
    assertEquals("19", strike.code().substring(0, 2));
    CodedEvent died = coded("Five Pakistani soldiers died in an Indian artillery attack.", "died");
    assertEquals("IND", died.source().country());
    assertEquals("PAK", target(died));
    CodedEvent raid = coded("Two Iraqi policemen were wounded during a US raid.", "wounded");
    assertEquals("USA", raid.source().country());
    assertEquals("IRQ", target(raid));
    CodedEvent shelling =
        coded("Two Syrian farmers were killed in Turkish shelling near the border.", "killed");
    assertEquals("TUR", shelling.source().country());
    assertEquals("SYR", target(shelling));
    // a city or a country's name before the attack is where it was, not who made it
    for (String place : new String[] {"a Baghdad car bombing", "an Iraq bombing"}) {
      for (CodedEvent e : code("Ten people were killed in " + place + ".", SEED_DAY)) {
        assertTrue(e.source().text().isEmpty(), e.toString());
      }
    }
    // a death with no attack is no one's act; a place after "in" is where it happened
    assertTrue(
        code("A Moroccan woman infected with swine flu has died in Madrid.", SEED_DAY).isEmpty());
    for (CodedEvent e : code("Two Syrian soldiers were killed in Turkey on Monday.", SEED_DAY)) {
      assertFalse(e.source().country().equals("TUR"), e.toString());
    }
  }

  @Test
  void aPassiveWithAnAgentAndAnObjectAfterTheVerb() {
    CodedEvent e = coded("Sanctions were imposed on Iran by the United States.", "imposed");
    assertEquals("USA", e.source().country());
    assertEquals("IRN", target(e));
    assertEquals("163", e.code()); // the passive's subject is the pattern's object
    for (CodedEvent x : code("New sanctions were imposed on Iran on Monday.", SEED_DAY)) {
      assertTrue(x.source().text().isEmpty(), x.toString()); // no source named: no dyad
    }
    CodedEvent expelled =
        coded("Two Iranian diplomats were expelled from Britain on Monday.", "expelled");
    assertEquals("GBR", expelled.source().country());
    assertEquals("IRN", target(expelled));
  }

  @Test
  void aDeniedDenialAssertsTheClause() {
    CodedEvent e = coded("Russia did not deny that it had attacked Ukraine.", "attacked");
    assertFalse(e.negated(), e.toString());
    assertEquals("UKR", target(e));
  }

  @Test
  void theSourceOfAReportIsNoSubject() {
    CodedEvent e = coded("According to Reuters, Russia attacked Georgia.", "attacked");
    assertEquals("RUS", e.source().country());
    CodedEvent said =
        coded("Iran attacked Iraqi positions, the Iraqi news agency said.", "attacked");
    assertEquals("IRN", said.source().country());
    assertEquals("IRQ", target(said));
  }

  @Test
  void aListWithASerialCommaIsOneCompoundSubject() {
    List<String> dyads = new ArrayList<>();
    for (CodedEvent e : code("The US, Russia, and Switzerland met yesterday.", SEED_DAY)) {
      dyads.add(e.source().country() + ">" + target(e));
    }
    assertTrue(dyads.containsAll(List.of("USA>RUS", "RUS>CHE", "CHE>USA")), dyads.toString());
  }

  @Test
  void passivesOfThereIsAndOfAttacksFromAPlace() {
    CodedEvent killed = coded("There were 10 Russian soldiers killed in Ukraine today.", "killed");
    assertEquals("RUS", target(killed));
    assertTrue(killed.source().text().isEmpty(), killed.toString()); // not Russia's act
    CodedEvent fired =
        coded("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.", "fired");
    assertEquals("PSE", fired.source().country());
    assertEquals("ISR", target(fired));
    CodedEvent presented = coded("Evidence against Russia was presented by the US.", "presented");
    assertEquals("USA", presented.source().country());
    assertEquals("RUS", target(presented));
  }

  @Test
  void aParticipleAfterTheAndANumberIsAnAdjective() {
    String text = "The USA gave the two exiled dissidents from Egypt asylum.";
    for (CodedEvent e : code(text, SEED_DAY)) {
      assertFalse(text.startsWith("exiled", e.triggerBegin()), e.toString());
    }
  }

  @Test
  void whatItsOwnerReportsIsTheReportersOwn() {
    CodedEvent e = coded("Iraq said Iran attacked its oil fields.", "attacked");
    assertEquals("IRN", e.source().country());
    assertEquals("IRQ", target(e));
  }

  @Test
  void aStatedIntentIsCodedAsTheIntent() {
    assertEquals("036", coded("Japan will meet South Korea next week.", "meet").code());
    assertEquals("0332", coded("The United States will supply arms to Israel.", "supply").code());
    assertEquals("138", coded("Obama said he will attack Iraq.", "attack").code());
    String free = coded("Israel announced it would free 150 Palestinian prisoners.", "free").code();
    assertTrue(free.startsWith("035"), free);
    // a schedule the reporter gives stays the event, planned
    CodedEvent pullout = trigger(seedEvents, seedText, "pull out");
    assertEquals("0874", pullout.code());
    assertEquals(Modality.PLANNED, pullout.modality());
  }

  @Test
  void anActorOfNoKnownCountryIsNoPartyOfADyad() {
    String text = "The government expressed appreciation for China's assistance.";
    for (CodedEvent e : code(text, SEED_DAY)) {
      assertTrue(e.source().text().isEmpty() || e.target() == null, e.toString());
    }
    String delegates = "Producer delegates were meeting to examine a Colombian proposal.";
    for (CodedEvent e : code(delegates, SEED_DAY)) {
      assertTrue(e.source().text().isEmpty() || e.target() == null, e.toString());
    }
  }

  @Test
  void aMeetingIsMutual() {
    String text = "A senior Japanese trade official met U.S. negotiators in Washington.";
    List<String> dyads = new ArrayList<>();
    for (CodedEvent e : code(text, LocalDate.of(1987, 4, 1))) {
      dyads.add(e.source().country() + ">" + target(e) + ":" + e.code().substring(0, 2));
    }
    assertTrue(dyads.containsAll(List.of("JPN>USA:04", "USA>JPN:04")), dyads.toString());
  }

  @Test
  void theIslamicStateWithoutTheArticle() {
    CodedEvent e =
        coded(
            "The United States launched an air strike against an Islamic State target.",
            "launched");
    assertEquals("IMG", target(e));
  }

  @Test
  void ownForcesAreNoTargetWhenAnotherCountryFollows() {
    CodedEvent fired =
        coded("North Korea fired artillery near the border with South Korea.", "fired");
    assertEquals("KOR", target(fired));
    CodedEvent deployed =
        coded("Russia deployed military advisers in Syria last year.", "deployed");
    assertEquals("RUS", deployed.source().country());
    assertEquals("SYR", target(deployed));
  }

  /** The subject at a meeting with another meets it, whatever modifies the meeting; not before. */
  @Test
  void theSubjectAtAMeetingWithAnotherMeetsIt() {
    String text =
        "Baker patched over the rift at a hastily-called meeting with West German officials.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 10, 20)), text, "meeting");
    assertEquals("040", e.code());
    assertEquals(Set.of("USA", "DEU"), Set.of(e.source().country(), target(e)));
    String toCome =
        "Britain and France will make a strong plea in high-level meetings today for debt relief.";
    for (CodedEvent x : code(toCome, LocalDate.of(1987, 4, 9))) {
      assertFalse(x.code().startsWith("04"), x.toString()); // still to come: no meeting held
    }
  }

  /** Parties who disagree over a topic disagree with each other, not with a state in the topic. */
  @Test
  void partiesDisagreeingOverATopicDisagreeWithEachOther() {
    String text = "Japan and the United States disagreed over the sale of rice to China.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 3, 20));
    Set<String> pairs = new HashSet<>();
    for (CodedEvent e : events) {
      pairs.add(e.source().country() + ">" + target(e));
    }
    assertEquals(Set.of("JPN>USA", "USA>JPN"), pairs, events.toString());
    CodedEvent with =
        coded("France disagreed with Britain over the budget for aid to Chad.", "disagreed");
    assertEquals("GBR", target(with));
  }

  /** Not accepting what another offers or imposes is rejecting it; accepting it is not. */
  @Test
  void notAcceptingWhatAnotherOffersRejectsIt() {
    String text =
        "Gros said Brazil will not accept interference from the International Monetary Fund.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 10)), text, "accept");
    assertEquals("120", e.code());
    assertEquals("BRA", e.source().country());
    assertEquals("IGO", target(e));
    assertFalse(e.negated());
    String refused = "The Saudis refused to accept credit guarantees from Brazil.";
    assertEquals(
        "SAU",
        trigger(code(refused, LocalDate.of(1987, 4, 10)), refused, "accept").source().country());
    for (CodedEvent x :
        code("Brazil accepted the offer from the United States.", LocalDate.of(1987, 4, 10))) {
      assertFalse(x.code().startsWith("12"), x.toString());
    }
  }

  /** A ship torpedoed is attacked; talks "torpedoed" are wrecked, with no force. */
  @Test
  void aTorpedoedShipIsAttackedTorpedoedTalksAreNot() {
    String text = "The German liner Wilhelm Gustloff was torpedoed by a Soviet submarine.";
    CodedEvent e = trigger(code(text, LocalDate.of(1945, 1, 30)), text, "torpedoed");
    assertEquals("190", e.code());
    assertEquals("SUN", e.source().country());
    assertEquals("DEU", target(e));
    for (CodedEvent x : code("Japan torpedoed the trade talks with the United States.", SEED_DAY)) {
      assertFalse(x.code().startsWith("19"), x.toString());
    }
  }

  @Test
  void theVenueOfAMeetingIsNoParty() {
    String text = "Obama is scheduled to attend a summit in Switzerland on the unrest in Iran";
    for (CodedEvent e : code(text, SEED_DAY)) {
      // no party to the summit, but where Obama is to go: an intent to meet there at most
      assertTrue(
          e.target() == null || !e.target().country().equals("CHE") || e.code().equals("036"),
          e.toString());
    }
  }

  @Test
  void anAgreementToAnUncodedActionIsAnIntentToCooperate() {
    String text = "The U.S. and Japan agreed to develop plans for a reactor.";
    List<String> dyads = new ArrayList<>();
    for (CodedEvent e : code(text, LocalDate.of(1987, 3, 1))) {
      dyads.add(e.source().country() + ">" + target(e) + ":" + e.code());
    }
    assertTrue(dyads.containsAll(List.of("USA>JPN:030", "JPN>USA:030")), dyads.toString());
  }

  @Test
  void aReportedActKeepsItsSubject() {
    String text =
        "Pakistan is reported to have bought 100,000 tonnes of white sugar at its weekend tender"
            + " from a North Korean operator, traders said.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 3, 1));
    CodedEvent bought = trigger(events, text, "bought");
    assertEquals("PAK", bought.source().country());
    assertEquals("PRK", target(bought));
    for (CodedEvent e : events) {
      assertFalse(text.startsWith("tender", e.triggerBegin()), e.toString());
    }
  }

  @Test
  void aRefusalIsARejectionAndNegatesTheInfinitive() {
    String text = "China declined to meet the Japanese delegation.";
    List<CodedEvent> events = code(text, LocalDate.of(2012, 4, 23));
    CodedEvent declined = trigger(events, text, "declined");
    assertEquals("12", declined.code().substring(0, 2));
    assertFalse(declined.negated());
    assertNegated(trigger(events, text, "meet"), "CHN", "JPN", "04");
    assertNegated(
        coded("Iran refused to release the British sailors.", "release"), "IRN", "GBR", "08");
    assertNegated(
        coded("The United States refused to recognize the Hamas government.", "recognize"),
        "USA",
        "PSE",
        "05");
  }

  @Test
  void possibleAndPlannedEvents() {
    CodedEvent seek = trigger(seedEvents, seedText, "seek");
    assertEquals(Modality.POSSIBLE, seek.modality());
    String text = "Japan will meet South Korea next week.";
    CodedEvent meet = trigger(code(text, LocalDate.of(2010, 6, 1)), text, "meet");
    assertEquals(Modality.PLANNED, meet.modality());
    assertEquals("KOR", target(meet));
  }

  @Test
  void compoundSubjectsGiveOneEventEach() throws IOException {
    List<CodedEvent> events = fixture("/events/gigaword-sentences.tsv", "AFP0808020675_1");
    List<String> sources = new ArrayList<>();
    for (CodedEvent e : events) {
      sources.add(e.source().country());
    }
    assertTrue(sources.contains("BRA") && sources.contains("USA"), sources.toString());
  }

  @Test
  void compoundObjectsGiveOneEventEach() throws IOException {
    List<CodedEvent> events = fixture("/events/reuters-sentences.tsv", "reuters21578-5786");
    assertEquals(2, events.size());
    assertEquals("IGOEUREEC", events.get(0).source().code());
    assertEquals("JPN", target(events.get(0)));
    assertEquals("USA", target(events.get(1)));
    assertEquals("13", events.get(0).code().substring(0, 2));
  }

  @Test
  void reutersAccusationsAndAppeals() throws IOException {
    CodedEvent accuse = fixture("/events/reuters-sentences.tsv", "reuters21578-7011").get(0);
    assertEquals("USA", accuse.source().country());
    assertEquals("JPN", target(accuse));
    assertEquals("112", accuse.code());
    List<CodedEvent> urged = fixture("/events/reuters-sentences.tsv", "reuters21578-2982");
    CodedEvent appeal = urged.get(urged.size() - 1);
    assertEquals("SUN", appeal.source().country());
    assertEquals("JPN", target(appeal));
    assertEquals("02", appeal.code().substring(0, 2));
  }

  @Test
  void aCommonNounBeforeAWithPartyIsNoTarget() {
    String text =
        "The Soviet minister said his country wanted to boost joint business with France.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 2)), text, "boost");
    assertEquals("SUN", e.source().country());
    assertEquals("FRA", target(e));
  }

  @Test
  void aStateInferredFromTheSentenceDoesNotCooperateWithItself() {
    // "the government" could be China's only by the sentence naming China: not China thanking
    // China
    String text = "The government expressed appreciation for China's assistance.";
    for (CodedEvent e : code(text, LocalDate.of(2015, 6, 1))) {
      assertTrue(e.target() == null || !e.target().country().equals(e.source().country()));
    }
    // domestic conflict is still coded
    String war = "Insurgents bombarded a government-held part of Syria's second city Aleppo.";
    CodedEvent attack = trigger(code(war, LocalDate.of(2015, 6, 1)), war, "bombarded");
    assertEquals("SYR", attack.source().country());
    assertEquals("SYR", target(attack));
  }

  @Test
  void aParticipleModifyingAnActorIsNoClauseOfItsOwn() {
    // the men are sought, they seek nothing
    String text =
        "A court in Guyana has issued arrest warrants for two Brazilian men sought in the"
            + " slaying of two American missionaries.";
    List<CodedEvent> events = code(text, LocalDate.of(2008, 8, 6));
    assertEquals(1, events.size());
    assertEquals("173", events.get(0).code());
    // the sanctions were imposed by no one the sentence names
    String seized =
        "South Korean officials have seized two ships on suspicion of violating U.N. sanctions"
            + " imposed to discourage Pyongyang from pursuing nuclear technology.";
    for (CodedEvent e : code(seized, LocalDate.of(2017, 12, 29))) {
      assertFalse("PRK".equals(target(e)), e.toString());
    }
  }

  @Test
  void aWishForAnotherActorsActIsNoEvent() {
    assertTrue(code("Obama wants Putin to attack Switzerland.", SEED_DAY).isEmpty());
    LocalDate day = LocalDate.of(1987, 3, 10);
    assertTrue(code("Officials expect the EC to allow U.S. plants to ship meat.", day).isEmpty());
    String wish = "Robert Heller, a Fed governor, said he wanted to see stronger Japanese demand.";
    assertTrue(code(wish, day).isEmpty(), "a wish for a state of affairs");
    // what one actor wants another to do is asked of it: an appeal
    assertEquals(
        Set.of("GBR>JPN:020"),
        coded(code("Britain wants Japan to agree a timetable for joint rules.", day)));
    CodedEvent own =
        trigger(
            code("Obama wants to attack Switzerland.", SEED_DAY),
            "Obama wants to attack Switzerland.",
            "attack");
    assertEquals("138", own.code());
  }

  @Test
  void aContractSignedWithAnotherActorIsAFormalAgreement() {
    String text = "Ecolab Co of the United States signed a contract with China.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 3, 2)), text, "signed");
    assertEquals("057", e.code());
  }

  @Test
  void signingWithAnotherActorIsAFormalAgreement() {
    String text =
        "The Bulgarian Foreign Trade Bank has signed with a group of Japanese banks a loan.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 8)), text, "signed");
    assertEquals("057", e.code());
    assertEquals("JPN", target(e));
  }

  @Test
  void aSeaNamedAfterACountryAndAMultinationalAreNoParties() {
    assertNoDyad(
        "BP launched an operation to choke off a leak in the Gulf of Mexico on Wednesday.",
        LocalDate.of(2010, 5, 26));
  }

  /** The text's events, if any, have no target. */
  private static void assertNoDyad(String text, LocalDate date) {
    for (CodedEvent e : code(text, date)) {
      assertEquals(null, e.target(), e.toString());
    }
  }

  /** The events' directions as "SOURCE>TARGET" countries. */
  private static Set<String> directions(List<CodedEvent> events) {
    Set<String> out = new java.util.TreeSet<>();
    for (CodedEvent e : events) {
      out.add(e.source().country() + ">" + target(e));
    }
    return out;
  }

  @Test
  void talksBetweenTwoActorsAreAMeetingOfEachWithTheOther() {
    String text = "Talks between China and Portugal on the future of Macao have ended.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 3, 26));
    assertEquals(2, events.size());
    for (CodedEvent e : events) {
      assertEquals("046", e.code());
    }
    assertEquals(Set.of("CHN>PRT", "PRT>CHN"), directions(events));
    String abbreviated = "Talks between the European Community (EC) and Japan have failed.";
    assertEquals(
        Set.of("IGOEUREEC>JPN", "JPN>IGOEUREEC"),
        codes(code(abbreviated, LocalDate.of(1987, 3, 26))));
    String later = "They prepared for a summit in Ottawa next month between Canada and Japan.";
    CodedEvent summit = trigger(code(later, LocalDate.of(1987, 3, 26)), later, "summit");
    assertEquals("036", summit.code());
    String planned = "Talks between the United States and Japan will be held next week.";
    CodedEvent intent = trigger(code(planned, LocalDate.of(1987, 3, 26)), planned, "Talks");
    assertEquals("036", intent.code());
  }

  @Test
  void aMeetingBetweenThreePartiesIsAMeetingOfEachWithEachOther() {
    String text = "There have been discussions between Canada, the United States and Japan.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 4, 8));
    assertEquals(
        Set.of("CAN>USA", "CAN>JPN", "USA>CAN", "USA>JPN", "JPN>CAN", "JPN>USA"),
        directions(events));
    for (CodedEvent e : events) {
      assertEquals("046", e.code());
    }
  }

  @Test
  void aMeetingHeldInAStatesPlaceIsAVisitByThePartiesFromElsewhere() {
    LocalDate day = LocalDate.of(1987, 4, 8);
    String met =
        "U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard"
            + " Stoltenberg in Frankfurt on Monday.";
    assertEquals(Set.of("USA>DEU"), visits(code(met, day)), "the host visits no one");
    String talks = "Poland's talks in Washington with the World Bank were frank.";
    assertEquals(Set.of("POL>USA"), visits(code(talks, day)), "the bank visits no one");
    String fronted = "In Paris, Britain and Japan agreed to cooperate.";
    assertEquals(Set.of("GBR>FRA", "JPN>FRA"), visits(code(fronted, day)));
    String stationed = "The U.S. commander in Iraq held talks with Lebanon's president.";
    assertEquals(Set.of(), visits(code(stationed, day)), "where an actor is, not the talks");
    String purpose = "Britain signed an agreement with Japan for sales in Canada.";
    assertEquals(Set.of(), visits(code(purpose, day)), "where the sales are");
    String planned = "Baker will meet Stoltenberg in Frankfurt next week.";
    assertEquals(Set.of(), visits(code(planned, day)), "no visit made yet");
  }

  /** The directions of the visits (042) among the events. */
  private static Set<String> visits(List<CodedEvent> events) {
    return directions(events.stream().filter(e -> e.code().equals("042")).toList());
  }

  @Test
  void aCompanyAcquiredOrTakenOverIsBought() {
    LocalDate day = LocalDate.of(1987, 4, 8);
    assertCoded(
        "Dutch insurer Stad Rotterdam acquired a Swiss insurer.", day, "acquired", "061", "CHE");
    String agreed = "Dutch firm Akzo agreed to take over the French company Rhone-Poulenc.";
    assertCoded(agreed, day, "take", "0311", "FRA");
    String seized = "Rebels took over the Swiss embassy.";
    assertEquals("171", trigger(code(seized, day), seized, "took").code(), "a seizure");
  }

  @Test
  void callingANamedLeaderAQuotedInsultIsCriticism() {
    String text =
        "The Turkish President called Greek Prime Minister Andreas Papandreou a \"liar\".";
    assertCoded(text, LocalDate.of(1987, 3, 28), "called", "111", "GRC");
    assertEquals(Set.of("TUR>GRC"), directions(code(text, LocalDate.of(1987, 3, 28))));
  }

  @Test
  void aLawsuitIsBroughtNotAnArrest() {
    String text = "Two Brazilian states sued a British bank for damages.";
    assertCoded(text, LocalDate.of(2010, 6, 1), "sued", "115", "GBR");
  }

  @Test
  void aPassiveTakesItsPatternWordFromItsOwnSubjectOnly() {
    LocalDate day = LocalDate.of(2010, 2, 1);
    String text = "The relief effort goes on as five Canadians were detained by Cuban police.";
    assertEquals("CUB", assertCoded(text, day, "detained", "173", "CAN").source().country());
    String withheld = "Aid to Egypt was withheld by the United States.";
    assertCoded(withheld, day, "withheld", "162", "EGY");
  }

  @Test
  void anAttackWithNoNamedTargetStrikesTheCountryItHitsIn() {
    String text = "Iraqi jets bombed rebel positions in Iran on Monday.";
    CodedEvent e = assertCoded(text, LocalDate.of(1987, 3, 2), "bombed", "190", "IRN");
    assertEquals("IRQ", e.source().country());
    String own = "Iraqi jets bombed rebel positions in northern Iraq on Monday.";
    CodedEvent home = trigger(code(own, LocalDate.of(1987, 3, 2)), own, "bombed");
    assertEquals("IRQREB", home.target().code()); // its own rebels, not a foreign state
  }

  @Test
  void anActorsTalksWithOthersAreTalksOfEachWithTheOther() {
    String text = "Argentina's talks in Paris with the IMF and the World Bank ended on Friday.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 3, 2));
    List<CodedEvent> talks = events.stream().filter(e -> !e.code().equals("042")).toList();
    assertEquals(
        Set.of("ARG>IGOBUSIMF", "IGOBUSIMF>ARG", "ARG>IGOUNODEVWBK", "IGOUNODEVWBK>ARG"),
        codes(talks));
    for (CodedEvent e : talks) {
      assertEquals("046", e.code());
    }
    assertEquals(Set.of("ARG>FRA"), visits(events), "talks in Paris: Argentina went there");
  }

  /** The event the trigger word starts, asserted to have the code and target country given. */
  private static CodedEvent assertCoded(
      String text, LocalDate day, String trigger, String code, String targetCountry) {
    CodedEvent e = trigger(code(text, day), text, trigger);
    assertEquals(code, e.code(), e.toString());
    assertEquals(targetCountry, target(e), e.toString());
    return e;
  }

  /** The events' directions as "SOURCE>TARGET" actor codes. */
  private static Set<String> codes(List<CodedEvent> events) {
    Set<String> out = new java.util.TreeSet<>();
    for (CodedEvent e : events) {
      out.add(e.source().code() + ">" + (e.target() == null ? null : e.target().code()));
    }
    return out;
  }

  @Test
  void actsNamedByANounAreCodedWhenBothPartiesAreMarked() {
    LocalDate day = LocalDate.of(1987, 4, 14);
    String warning = "Greece, answering a warning from Turkey to Greece, said it would drill.";
    CodedEvent w = assertCoded(warning, day, "warning", "130", "GRC");
    assertEquals("TUR", w.source().country());
    String reply = "Libya, replying to a warning from Egypt, moved troops.";
    CodedEvent r = assertCoded(reply, day, "warning", "130", "LBY"); // who replies was warned
    assertEquals("EGY", r.source().country());
    String complaint = "Rice is among the products named in a U.S. complaint against Japan.";
    assertCoded(complaint, day, "complaint", "114", "JPN");
    assertEquals(Set.of("USA>JPN"), directions(code(complaint, day)));
    String visit = "Officials prepared for Mubarak's visit to France.";
    assertEquals("042", trigger(code(visit, day), visit, "visit").code());
    String planned = "Officials prepared for Mubarak's planned visit to France.";
    CodedEvent p = trigger(code(planned, day), planned, "visit");
    assertEquals("036", p.code());
    assertEquals(Modality.PLANNED, p.modality());
  }

  @Test
  void actsNamedByANounAreNotCodedWhenNegatedHypotheticalOrOneSided() {
    LocalDate day = LocalDate.of(1987, 4, 14);
    assertTrue(code("There was no Iraqi attack on Kuwait, officials said.", day).isEmpty());
    assertTrue(code("Any Iranian attack on Soviet ships will bring a response.", day).isEmpty());
    for (String oneSided :
        List.of("The warning to Greece was repeated today.", "A Turkish warning was repeated.")) {
      for (CodedEvent e : code(oneSided, day)) {
        assertFalse(oneSided.startsWith("warning", e.triggerBegin()), e.toString());
      }
    }
  }

  @Test
  void arrivingInACountryVisitsIt() {
    LocalDate day = LocalDate.of(2010, 1, 17);
    assertCoded(
        "The Brazilian President arrived in Haiti on Sunday.", day, "arrived", "042", "HTI");
    String relative = "Japan's Prime Minister, who arrived in Haiti on Sunday, met aid workers.";
    CodedEvent r = assertCoded(relative, day, "arrived", "042", "HTI");
    assertEquals("JPN", r.source().country()); // the actor before ", who"
    String place = "A professor at a university in Stockholm, who arrived in Haiti, spoke.";
    for (CodedEvent x : code(place, day)) {
      assertFalse("SWE".equals(x.source().country()), x.toString()); // a place is no "who"
    }
  }

  @Test
  void thePlaceWhereADealIsMadeIsNoParty() {
    LocalDate day = LocalDate.of(1987, 4, 2);
    assertNoDyad("The Australian Wheat Board issued new notes in London.", day);
    String invest = "Japanese firms invested heavily in China last year.";
    assertEquals(Set.of("JPN>CHN"), directions(code(invest, day)));
  }

  @Test
  void anActorThatOpensACoordinateClauseIsNoObject() {
    String text = "Sweden has ordered 10 million doses and Norway has ordered five million.";
    assertNoDyad(text, LocalDate.of(2009, 6, 12));
  }

  @Test
  void aStatesRescuersInAnotherCountryGiveItHumanitarianAid() {
    LocalDate day = LocalDate.of(2010, 1, 15);
    String text = "Chinese rescue teams searched the rubble in Haiti on Friday.";
    assertEquals(Set.of("CHN>HTI"), directions(code(text, day)));
    assertCoded("UK rescuers in Haiti found two survivors.", day, "rescuers", "073", "HTI");
    assertCoded("French volunteers are in Haiti to help.", day, "volunteers", "073", "HTI");
    assertCoded("UK rescuers returning home from Haiti spoke.", day, "rescuers", "073", "HTI");
    assertTrue(
        code("UK aid workers will not go to Haiti.", day).stream()
            .noneMatch(e -> e.code().startsWith("07")));
  }

  @Test
  void theSameEventBetweenTheSameActorsIsCodedOnceASentence() {
    String text = "Iran attacked Iraq on Monday and attacked Iraq again on Tuesday.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 3, 1));
    assertEquals(1, events.size(), events.toString());
    assertEquals("190", events.get(0).code());
  }

  @Test
  void strikingANoteIsNoAttack() {
    LocalDate day = LocalDate.of(2017, 11, 8);
    assertNoDyad("The President struck a conciliatory note on Tuesday in Seoul.", day);
    assertCoded("Iraqi jets struck an oil terminal in Iran.", day, "struck", "190", "IRN");
  }

  @Test
  void aBeToConstructionSchedulesTheAct() {
    LocalDate day = LocalDate.of(1987, 3, 1);
    String text = "Japan's foreign minister is to visit China next month.";
    CodedEvent e = assertCoded(text, day, "visit", "036", "CHN");
    assertEquals(Modality.PLANNED, e.modality());
  }

  @Test
  void aHostileActChargedToAnotherIsAnAccusationAndOnlyAlleged() {
    String text = "Iran charged that Iraq had used chemical weapons against its troops.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 3, 1));
    CodedEvent charge = assertCoded(text, LocalDate.of(1987, 3, 1), "charged", "112", "IRQ");
    assertEquals("IRN", charge.source().country());
    CodedEvent used = trigger(events, text, "used");
    assertEquals(Modality.POSSIBLE, used.modality());
  }

  @Test
  void anActTheSubjectFacesIsAimedAtIt() {
    LocalDate day = LocalDate.of(1987, 3, 1);
    String text = "The ADB admitted China despite protests from founder member Taiwan.";
    CodedEvent p = assertCoded(text, day, "protests", "114", "IGO");
    assertEquals("TWN", p.source().country());
    String opposed = "The EC failed to agree because of opposition from Britain and West Germany.";
    assertEquals(Set.of("GBR>IGO", "DEU>IGO"), directions(code(opposed, day)));
  }

  @Test
  void aTimeInsideTheVerbGroupKeepsItsPlan() {
    String text = "Brazil will this week visit Britain.";
    assertCoded(text, LocalDate.of(1987, 3, 1), "visit", "036", "GBR");
  }

  @Test
  void theObjectOfAnEarlierVerbIsNoSubject() {
    String text = "The virus has killed 60 people in Mexico and spread into the United States.";
    assertNoDyad(text, LocalDate.of(2009, 4, 25));
  }

  @Test
  void aSaleNamesItsSellerByItsGoods() {
    LocalDate day = LocalDate.of(1987, 3, 1);
    String text =
        "The agency accepted a bid to cover a sale of 12,500 tonnes of U.S. wheat to Iraq.";
    CodedEvent e = assertCoded(text, day, "sale", "061", "IRQ");
    assertEquals("USA", e.source().country());
    assertNoDyad("Net sales of outstanding Canadian bonds rose to 679 mln dlrs.", day);
  }

  @Test
  void openingAnOfficeInAnotherCountryIsEconomicCooperation() {
    LocalDate day = LocalDate.of(1987, 3, 1);
    String planned = "The Asian Development Bank will open an office in Jakarta later this year.";
    assertCoded(planned, day, "open", "0311", "IDN");
    assertCoded(
        "The U.S. company opened a branch in Peking on Monday.", day, "opened", "061", "CHN");
  }

  @Test
  void moneyProvidedToAnotherIsEconomicAid() {
    String text = "The Japanese fund is to provide 260 mln dlrs towards China's road plans.";
    assertCoded(text, LocalDate.of(1987, 3, 1), "provide", "0331", "CHN");
  }

  @Test
  void aLegislatureDealsWithItsGovernmentAsAPartyOfItsOwn() {
    String text = "Obama is being pressured by Congress to help Iran.";
    CodedEvent e = assertCoded(text, LocalDate.of(2010, 6, 1), "pressured", "100", "USA");
    assertEquals("USALEG", e.source().code());
  }

  @Test
  void ministersOfSeveralStatesReaffirmingAnAccordDoSoWithEachOther() {
    String text =
        "In Paris, finance ministers of the U.S., Japan and Canada reaffirmed an earlier Louvre"
            + " accord to steady the dollar.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 4, 9));
    List<CodedEvent> joint = events.stream().filter(e -> !e.code().equals("042")).toList();
    assertEquals(
        Set.of("USA>JPN", "USA>CAN", "JPN>USA", "JPN>CAN", "CAN>USA", "CAN>JPN"),
        directions(joint));
    for (CodedEvent e : joint) {
      assertEquals("030", e.code());
    }
    assertEquals(Set.of("USA>FRA", "JPN>FRA", "CAN>FRA"), visits(events), "met in Paris");
  }

  @Test
  void aTravellerReturningIsNoStateVisit() {
    LocalDate day = LocalDate.of(2009, 4, 28);
    assertNoDyad("An adult from Fulham who had returned from Mexico has the virus.", day);
    String official = "The Japanese foreign minister returned from Washington on Friday.";
    assertEquals(Set.of("JPN>USA"), directions(code(official, day))); // the visit, 042
  }

  @Test
  void excludedActorsVenuesAndOwnBodiesAreNoParties() {
    LocalDate day = LocalDate.of(1987, 5, 1);
    String except = "EC members decided to back an extension, with the exception of Britain.";
    assertNoDyad(except, day);
    String court = "A British firm filed a lawsuit in U.S. district court against its rival.";
    assertNoDyad(court, day);
    String own = "Talks between the Philippines and its bank advisory committee resumed.";
    assertTrue(code(own, day).isEmpty());
  }

  @Test
  void aPresentVerbWithATimeToComeIsAPlan() {
    String text = "Japan's finance minister meets U.S. Treasury officials next week.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 1)), text, "meets");
    assertEquals("036", e.code());
    assertEquals(Modality.PLANNED, e.modality());
  }

  @Test
  void anAccordSignedByTwoPartiesIsSignedWithEachOther() {
    String text =
        "The accord was signed yesterday by Nigeria's finance minister and French officials.";
    assertEquals(Set.of("NGA>FRA", "FRA>NGA"), directions(code(text, LocalDate.of(1987, 4, 1))));
  }

  @Test
  void aPurchaseIsTheBuyersFromTheCountryOfItsGoods() {
    String text = "The recent purchase of 1.5 mln tonnes of U.S. corn by Japan lifted prices.";
    CodedEvent e = assertCoded(text, LocalDate.of(1987, 4, 1), "purchase", "061", "USA");
    assertEquals("JPN", e.source().country());
    String opening = "Recent purchases of U.S. corn by the Soviet Union have skewed the market.";
    CodedEvent first = assertCoded(opening, LocalDate.of(1987, 4, 1), "purchases", "061", "USA");
    assertEquals("SUN", first.source().country(), "the noun opens the sentence");
  }

  @Test
  void aVentureUnderDiscussionBetweenTwoStatesCompaniesIsTheirTalks() {
    String text =
        "A venture is under discussion between Italy's STET and France's Thomson-CSF, a"
            + " spokesman said.";
    List<CodedEvent> events = code(text, LocalDate.of(1987, 4, 1));
    assertEquals(Set.of("ITA>FRA", "FRA>ITA"), directions(events));
    assertEquals("046", events.get(0).code());
  }

  @Test
  void aVerbInScareQuotesIsReadWithItsSubject() {
    String text =
        "A spokesman said Japan and France had \"agreed in principle\" on a common helicopter.";
    assertEquals(Set.of("JPN>FRA", "FRA>JPN"), directions(code(text, LocalDate.of(1987, 4, 1))));
    String quoted = "\"We will meet France,\" Japan said.";
    long marks =
        PatternEventCoder.withoutScareQuotes(WordTokenizer.words(quoted)).stream()
            .filter(w -> w.key().equals("\""))
            .count();
    assertEquals(2, marks, "quotation marks of speech are kept");
  }

  @Test
  void anIrregularFormTheDictionaryLeavesOutIsStillItsVerb() {
    String text =
        "The U.S. Agriculture Department has withdrawn the offers of dairy cattle to Egypt under"
            + " the Export Enhancement Program.";
    CodedEvent e = assertCoded(text, LocalDate.of(1987, 4, 1), "withdrawn", "162", "EGY");
    assertEquals("USA", e.source().country());
  }

  @Test
  void aChargeInAParticipleAfterACommaIsTheSubjectsAccusation() {
    String text =
        "British Prime Minister Margaret Thatcher has personally taken up the company's cause,"
            + " charging that Japan is discriminating against foreigners.";
    assertTrue(
        coded(code(text, LocalDate.of(1987, 4, 1))).contains("GBR>JPN:112"),
        coded(code(text, LocalDate.of(1987, 4, 1))).toString());
  }

  @Test
  void talksASentenceOpensWithAreHeldByItsSubject() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    Set<String> events =
        coded(
            code(
                "During talks with Japanese officials, the U.S. delegation urged Tokyo to open its"
                    + " markets.",
                day));
    assertTrue(events.containsAll(Set.of("USA>JPN:046", "JPN>USA:046")), events.toString());
    assertFalse(
        coded(code("In talks with Japanese officials, Japanese firms cut prices.", day)).stream()
            .anyMatch(e -> e.endsWith(":046")),
        "no talks of a state with itself");
  }

  @Test
  void talksNamedAfterTheirTopicAreTalks() {
    assertEquals(
        Set.of("USA>CAN:046", "CAN>USA:046"),
        coded(
            code(
                "The United States and Canada opened free trade talks last June.",
                LocalDate.of(1987, 6, 1))));
  }

  @Test
  void aVisitIsTheVisitorsEventNotAlsoTheHosts() {
    assertEquals(
        Set.of("LKA>USA:042"),
        coded(
            code(
                "Finance Minister Ronnie De Mel of Sri Lanka has left for Washington to discuss"
                    + " a loan.",
                LocalDate.of(1987, 3, 20))));
  }

  @Test
  void anActStartedOrContinuedIsTheEvent() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    assertEquals(
        Set.of("JPN>USA:061"),
        coded(
            code("Japanese crushers are starting to buy U.S. soybeans for April shipment.", day)));
    assertEquals(
        Set.of("JPN>USA:061"),
        coded(code("Japanese crushers, continuing to buy U.S. soybeans, cut prices.", day)));
  }

  @Test
  void aBareTakeSeizesPeopleNotGoods() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertTrue(
        code("Bulgaria and Poland all took substantially more Cuban sugar.", day).stream()
            .noneMatch(e -> e.code().startsWith("17")));
    assertTrue(
        code("Iranian troops took 20 Iraqi soldiers.", day).stream()
            .anyMatch(e -> e.code().startsWith("17") && "IRQ".equals(target(e))),
        "people taken are seized");
  }

  @Test
  void vagueCatchAllCodesAreNotCoded() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertTrue(
        code("Egypt allowed five fugitive Libyan soldiers who landed in a plane to stay.", day)
            .stream()
            .noneMatch(e -> e.code().equals("080")),
        "no unspecified yielding (080)");
    assertTrue(
        code(
                "Britain and Japan clashed today over access to the Tokyo Stock Exchange as trade"
                    + " tensions between the two countries mounted.",
                day)
            .stream()
            .noneMatch(e -> e.code().startsWith("06")));
    assertEquals(
        Set.of("USA>IRQ:061"),
        coded(code("The United States sold 100,000 tonnes of wheat to Iraq.", day)),
        "a sale is economic cooperation, specific enough to code");
  }

  @Test
  void partiesAgreeingThatSomethingIsSoExpressAccord() {
    String text =
        "The Philippines and the European Union agree that territorial disputes in the South"
            + " China Sea should be resolved through international arbitration.";
    assertEquals(Set.of("PHL>IGO:019", "IGO>PHL:019"), coded(code(text, LocalDate.of(2016, 7, 1))));
    assertFalse(
        coded(
                code(
                    "Japan and Britain agreed to cooperate on forklift trucks.",
                    LocalDate.of(1987, 3, 26)))
            .stream()
            .anyMatch(e -> e.endsWith(":019")),
        "an agreement to act is no accord on a view");
  }

  @Test
  void leadersTalkingWithEachOtherConsult() {
    String text =
        "President Obama and British Prime Minister Cameron talk at the conclusion of the G20"
            + " conference.";
    assertEquals(
        Set.of("USA>GBR:040", "GBR>USA:040"), coded(code(text, LocalDate.of(2010, 6, 26))));
  }

  @Test
  void aCompanyNameInNewswireBracketsStaysInItsClause() {
    String text =
        "Japan's Nissan Motor Co Ltd said it and <Lancer Boss Group Ltd> of the U.K. Have agreed"
            + " to cooperate on the design of forklift trucks.";
    assertEquals(Set.of("JPN>GBR", "GBR>JPN"), directions(code(text, LocalDate.of(1987, 3, 26))));
  }

  @Test
  void anotherStatesPolicyCalledFlawedIsCriticismByTheSpeaker() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String text =
        "The recent Australian farm policy proposals are flawed, two U.S. wheat groups said.";
    CodedEvent e = assertCoded(text, day, "flawed", "111", "AUS");
    assertEquals("USA", e.source().country(), "the speaker a few nouns before \"said\"");
    String misguided = "The U.S. trade bill is misguided, the Canadian minister said.";
    assertCoded(misguided, day, "misguided", "111", "USA");
    String not = "The U.S. trade bill is not misguided, the Canadian minister said.";
    assertEquals(Set.of(), directions(code(not, day)));
    String violation =
        "The Syrian envoy said the Israeli action was a violation of the conventions.";
    assertCoded(violation, day, "violation", "111", "ISR");
    String alleged = "Reagan said the U.S. would study the alleged Japanese violation of the pact.";
    for (CodedEvent a : code(alleged, day)) {
      assertFalse(a.code().startsWith("11"), "another's allegation, not the speaker's: " + a);
    }
  }

  @Test
  void statesAbidingByAnAccordYieldToNoneOfEachOther() {
    String text = "Britain, Canada and Japan are abiding by the Paris accord, Miyazawa said.";
    for (CodedEvent e : code(text, LocalDate.of(1987, 4, 20))) {
      assertTrue(e.target() == null, "compliance with an accord is toward none of them: " + e);
    }
  }

  @Test
  void anOfficialSetApartAsInAnotherStateForTalksVisitsIt() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    String text =
        "The Soviet trade minister, in Brazil for talks with Brazilian officials, said so.";
    assertEquals(Set.of("SUN>BRA"), visits(code(text, day)));
    assertEquals(Set.of(), visits(code("Iran, in Tehran, said so.", day)), "a state at home");
  }

  @Test
  void aPartyToAMeetingInAnotherStatesPlaceMeetsThere() {
    LocalDate day = LocalDate.of(1987, 6, 1);
    String planned = "They said Japan would participate in an ICCO meeting on July 13 in London.";
    CodedEvent p = assertCoded(planned, day, "meeting", "036", "GBR");
    assertEquals(Modality.PLANNED, p.modality());
    String held = "Japan attended a meeting in London last week.";
    assertTrue(visits(code(held, day)).contains("JPN>GBR"));
    String partner =
        "The United States would offer a treaty at talks with the Soviet Union in Geneva"
            + " tomorrow.";
    assertFalse(directions(code(partner, day)).contains("USA>CHE"), "the partner is the party");
  }

  @Test
  void aContractWonToSupplyACustomerIsTheCustomersPurchase() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    String won = "Britain's British Aerospace has won a contract to supply Switzerland with jets.";
    CodedEvent e = assertCoded(won, day, "contract", "061", "GBR");
    assertEquals("CHE", e.source().country());
    String awarded =
        "Sweden's Ericsson was awarded a contract to supply its terminals to the West German"
            + " Bundespost.";
    assertEquals("DEU", assertCoded(awarded, day, "contract", "061", "SWE").source().country());
  }

  @Test
  void aLegislatureNamedAloneDealsWithItsGovernment() {
    String text = "The Senate Agriculture Committee urged President Reagan to reverse his stand.";
    CodedEvent e = assertCoded(text, LocalDate.of(1987, 4, 20), "urged", "020", "USA");
    assertTrue(e.source().code().endsWith("LEG"), e.toString());
    assertEquals("USAGOV", e.target().code());
  }

  @Test
  void sanctionsToBeLiftedAreSanctionsInForce() {
    LocalDate day = LocalDate.of(1987, 6, 1);
    String text =
        "The United States may lift an additional 84 mln dlrs in trade sanctions against"
            + " Japan later this month, officials said.";
    CodedEvent e = assertCoded(text, day, "sanctions", "163", "JPN");
    assertEquals("USA", e.source().country());
    assertEquals(Modality.ASSERTED, e.modality(), "imposed before, whatever the lifting");
  }

  @Test
  void pleasureAtOrPraiseOfAnotherStatesActIsApproval() {
    LocalDate day = LocalDate.of(1987, 4, 8);
    String pleased = "The minister said Canada was pleased with the U.S. decision.";
    assertCoded(pleased, day, "pleased", "051", "USA");
    String praise = "The U.S. move was a constructive development, the Canadian minister said.";
    assertCoded(praise, day, "constructive", "051", "USA");
    assertEquals(Set.of(), directions(code("Canada was not pleased with the U.S. decision.", day)));
  }

  @Test
  void anAttackNamedAfterItsAuthorsAdjectiveIsOnTheOwnerOfWhatItStruck() {
    LocalDate day = LocalDate.of(1987, 10, 20);
    String text = "Tension was augmented by the U.S. military attack on an Iranian oil platform.";
    assertCoded(text, day, "attack", "190", "IRN");
    String owned = "Iran sued over the American raid on its Gulf oil platforms.";
    CodedEvent raid = assertCoded(owned, day, "raid", "190", "IRN");
    assertEquals("USA", raid.source().country());
  }

  @Test
  void aVisitThereIsAVisitToTheStateLastNamed() {
    String text = "Lyng will ask the Japanese Government to lift beef quotas when he visits there.";
    CodedEvent visit = assertCoded(text, LocalDate.of(1987, 4, 1), "visits", "036", "JPN");
    assertEquals(Modality.PLANNED, visit.modality());
    assertEquals(
        Set.of(),
        directions(code("There are talks, and there is hope.", LocalDate.of(1987, 4, 1))),
        "\"there\" where nothing is visited names no one");
  }

  @Test
  void whatAnActorSaysItWouldDoIsItsIntentOrThreat() {
    LocalDate day = LocalDate.of(1987, 3, 1);
    String said = "Japan said it would retaliate against the United States.";
    CodedEvent threat = assertCoded(said, day, "retaliate", "138", "USA");
    assertEquals(Modality.PLANNED, threat.modality());
    String warned = "Japan warned it would impose tariffs on U.S. goods.";
    List<CodedEvent> events = code(warned, day);
    assertEquals(1, events.size(), events.toString()); // a threat of sanctions, none imposed
    assertEquals("1312", events.get(0).code());
  }

  @Test
  void timeTakenIsNoSeizure() {
    String text =
        "The Canadian Prime Minister warned that it would take a decade to rebuild Haiti.";
    assertTrue(code(text, LocalDate.of(2010, 1, 20)).isEmpty());
  }

  @Test
  void twoActorsSettlingTheirDisputeDoSoWithEachOther() {
    String text = "The United States and Japan will soon settle their trade dispute.";
    assertEquals(Set.of("USA>JPN", "JPN>USA"), directions(code(text, LocalDate.of(1987, 4, 1))));
  }

  @Test
  void tariffsAndDutiesAreTradeSanctions() {
    String text = "President Reagan slapped tariffs on 300 mln dlrs of Japanese goods today.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 17)), text, "slapped");
    assertEquals("163", e.code());
    assertEquals("JPN", target(e));
  }

  @Test
  void institutionsOfOneStateDealingWithEachOtherAreNoDyad() {
    assertNoDyad(
        "German police are investigating reports of assaults outside Cologne's cathedral.",
        LocalDate.of(2016, 1, 5));
  }

  @Test
  void sanctionsAnnouncedAgainstAnActorAreImposedOnIt() {
    String text =
        "The Canadian government announced asset freezes and bans on travel to Canada against"
            + " four senior officers in the Russian military.";
    CodedEvent e = trigger(code(text, LocalDate.of(2017, 11, 3)), text, "freezes");
    assertEquals("163", e.code());
    assertEquals("CAN", e.source().country());
    assertEquals("RUS", target(e));
    String later = "The United States will announce sanctions against North Korea next week.";
    CodedEvent threat = trigger(code(later, LocalDate.of(2017, 11, 3)), later, "announce");
    assertEquals("1312", threat.code());
    // the verb's own pattern codes it once
    assertEquals(1, code("Russia imposed sanctions on Turkey.", SEED_DAY).size());
  }

  @Test
  void aLoanApprovedForAnActorIsEconomicAid() {
    String text = "The World Bank said it approved a 100 mln dlr loan to help Brazil finance it.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 1)), text, "loan");
    assertEquals("071", e.code());
    assertEquals("BRA", target(e));
  }

  /** Credits or grants obtained from another are the other's aid to the one who obtains them. */
  @Test
  void creditsObtainedFromAnotherAreItsEconomicAid() {
    String text =
        "Venezuela obtained two new credits of 5.0 mln dlrs each from Britain's Midland Bank.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 4, 10)), text, "obtained");
    assertEquals("071", e.code());
    assertEquals("GBR", e.source().country());
    assertEquals("VEN", target(e));
    String grant = "Bangladesh will receive a grant of 47 mln dlrs from the Netherlands.";
    CodedEvent g = trigger(code(grant, LocalDate.of(1987, 4, 10)), grant, "receive");
    assertEquals("NLD", g.source().country());
    assertEquals("BGD", target(g));
    assertEquals("071", g.code());
    assertEquals(Modality.PLANNED, g.modality()); // still to come
  }

  /** A demand with a penalty for not complying is a threat of that penalty. */
  @Test
  void anUltimatumIsAThreat() {
    String trade =
        "British minister Michael Howard told Japan to resolve the row over the firm's stake in a"
            + " Japanese company or face an abrupt deterioration in trade relations.";
    CodedEvent t = trigger(code(trade, LocalDate.of(1987, 4, 7)), trade, "told");
    assertEquals("1312", t.code());
    assertEquals("GBR", t.source().country());
    assertEquals("JPN", target(t));
    String force = "The United States told Iraq to leave Kuwait or face military action.";
    CodedEvent f = trigger(code(force, LocalDate.of(1990, 11, 7)), force, "told");
    assertEquals("138", f.code());
    assertEquals("IRQ", target(f));
    String yen =
        "Stoltenberg told Japan to stimulate its economy or face a further rise in the yen.";
    for (CodedEvent e : code(yen, LocalDate.of(1987, 4, 7))) {
      assertFalse(e.code().startsWith("13"), e.toString()); // the market's doing, no penalty
    }
  }

  @Test
  void aTimeWordAfterTheSubjectIsNoNounItModifies() {
    String text = "Taiwan overnight bought 450,000 tonnes of U.S. corn.";
    CodedEvent e = trigger(code(text, LocalDate.of(1987, 3, 3)), text, "bought");
    assertEquals("TWN", e.source().country());
    assertEquals("USA", target(e));
  }

  @Test
  void aDemandIsMadeOfTheSubjectOfItsClauseWhoseActIsNotDone() {
    List<CodedEvent> events =
        code("Russia demanded that Ukraine withdraw its troops.", LocalDate.of(2015, 2, 1));
    assertEquals(1, events.size(), events.toString());
    assertEquals("100", events.get(0).code());
    assertEquals("RUS", events.get(0).source().country());
    assertEquals("UKR", target(events.get(0)));
  }

  @Test
  void anActorSaidToBeBehindAnActIsAccusedOfIt() {
    String text = "Ukraine says it has strong evidence proving Russia was behind the attacks.";
    CodedEvent e = trigger(code(text, LocalDate.of(2015, 2, 1)), text, "proving");
    assertEquals("112", e.code());
    assertEquals("UKR", e.source().country());
    assertEquals("RUS", target(e));
    assertTrue(code("Russia denied that it was behind the attacks.", SEED_DAY).isEmpty());
  }

  @Test
  void whatAnActorShouldDoIsNoEventDone() {
    for (CodedEvent e : code("Russia should withdraw its troops from Ukraine.", SEED_DAY)) {
      assertEquals(Modality.POSSIBLE, e.modality());
    }
    // sanctions to be lifted are not imposed now: the lifting is the act, an intent to ease them
    String lift = "Obama has agreed to lift the sanctions on Iran.";
    assertEquals("0351", trigger(code(lift, SEED_DAY), lift, "lift").code());
  }

  @Test
  void verbsOfForceAndSanctionsThatCameoLacks() {
    String rout = "Baghdad said its forces had routed the Iranians from the few footholds.";
    CodedEvent e = trigger(code(rout, LocalDate.of(1987, 1, 10)), rout, "routed");
    assertEquals("190", e.code());
    assertEquals("IRN", target(e));
    String sanctioned = "The United States sanctioned Russia over Crimea.";
    assertEquals("163", trigger(code(sanctioned, SEED_DAY), sanctioned, "sanctioned").code());
    assertTrue(code("Prices sank on Monday.", SEED_DAY).isEmpty());
  }

  @Test
  void theTwoCountriesAreTheLastTwoNamed() {
    String text = "Egypt and Uganda held talks. The two countries signed an agreement on roads.";
    List<CodedEvent> signed = new ArrayList<>();
    for (CodedEvent e : code(text, LocalDate.of(1987, 4, 1))) {
      if (e.code().equals("057")) {
        signed.add(e);
      }
    }
    assertEquals(2, signed.size(), signed.toString());
    assertEquals(Set.of("EGY>UGA", "UGA>EGY"), directions(signed));
  }

  @Test
  void aPluralBeforeAPastTenseIsANoun() {
    String text = "Greece and Turkey's NATO allies called on both countries to avoid any action.";
    for (CodedEvent e : code(text, LocalDate.of(1987, 4, 1))) {
      assertFalse(text.substring(e.triggerBegin(), e.triggerEnd()).startsWith("allies"));
    }
  }

  @Test
  void aVerbAfterButKeepsTheSubjectAndNotTheNegation() {
    String text = "Russia did not attack but threatened Georgia.";
    CodedEvent e = trigger(code(text, SEED_DAY), text, "threatened");
    assertEquals("RUS", e.source().country());
    assertEquals("GEO", target(e));
    assertFalse(e.negated());
  }

  @Test
  void talksNamedByAJointAdjectiveAreAMeetingOfBoth() {
    for (String text :
        List.of(
            "Soviet-American talks on missiles had made a breakthrough.",
            "U.S.-Soviet talks resumed in Geneva.")) {
      List<CodedEvent> events = code(text, LocalDate.of(1987, 4, 1));
      assertEquals(
          Set.of("SUN>USA", "USA>SUN"),
          directions(events.stream().filter(e -> !e.code().equals("042")).toList()),
          text);
    }
    assertEquals(
        Set.of("CHN>SUN", "SUN>CHN"),
        directions(code("Sino-Soviet talks opened.", LocalDate.of(1987, 4, 1))));
  }

  @Test
  void aRegionIsNotTheCountryItsNameContains() {
    assertEquals(
        Set.of("SAM>ESP"), directions(code("South America signed a pact with Spain.", SEED_DAY)));
  }

  @Test
  void theObjectsOfAPrepositionAreNoSubject() {
    String text =
        "The controversy over accounts of the ousted Philippine and Haitian Presidents has hurt"
            + " the standing of Swiss banks.";
    assertTrue(code(text, LocalDate.of(1987, 4, 1)).isEmpty());
  }

  @Test
  void anAgreementNamedAfterACityNamesNoActor() {
    assertNoDyad(
        "The Group of Seven will use the IMF meetings to evaluate the Paris accord on currencies.",
        LocalDate.of(1987, 4, 1));
    assertEquals(
        Set.of("SAU>IGO"),
        directions(code("Saudi Arabia reiterated its commitment to the OPEC accord.", SEED_DAY)));
  }

  @Test
  void sanctionsAnActorIsPersuadedNotToImposeAreNotAnnounced() {
    assertTrue(code("They persuaded the U.S. not to impose tariffs on Japan.", SEED_DAY).isEmpty());
  }

  @Test
  void aParticipleSetOffWithItsAgentIsPassive() {
    List<CodedEvent> events = code("Iraq, supported by Kuwait, attacked Iran.", SEED_DAY);
    assertEquals(Set.of("KWT>IRQ", "IRQ>IRN"), directions(events));
  }

  @Test
  void reportingVerbsAreNotEvents() {
    String text = "Russia said on Tuesday that the talks were useful.";
    assertTrue(code(text, LocalDate.of(2012, 4, 23)).isEmpty());
  }

  /** The events as "SOURCE>TARGET:code" of countries, with their full codes. */
  private static Set<String> coded(List<CodedEvent> events) {
    Set<String> out = new java.util.TreeSet<>();
    for (CodedEvent e : events) {
      out.add(e.source().country() + ">" + target(e) + ":" + e.code());
    }
    return out;
  }

  private static final LocalDate HAITI_QUAKE = LocalDate.of(2010, 1, 20);

  @Test
  void anInfinitiveOfPurposeTowardAnActorIsTheSubjectsIntent() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    String aim = "Egypt has pledged to restrain output to support OPEC's moves to boost prices.";
    List<CodedEvent> events = code(aim, day);
    assertEquals(Set.of("EGY>IGO:032"), coded(events));
    assertEquals(Modality.PLANNED, events.get(0).modality());
    // the help asked of another actor, and the aim of an act already coded, are no purposes
    for (CodedEvent e : code("Obama said he would not ask Russia to help Israel.", day)) {
      assertFalse("ISR".equals(target(e)), e.toString());
    }
    String loan =
        "The World Bank said it approved a 100 mln dlr loan to help Brazil finance a railway.";
    assertTrue(coded(code(loan, day)).contains("IGO>BRA:071"));
    for (CodedEvent e : code(loan, day)) {
      assertFalse(e.code().startsWith("03"), e.toString());
    }
    assertTrue(code("Japanese investors are reluctant to buy West German stocks.", day).isEmpty());
  }

  @Test
  void thePartnerAfterThePlaceOfADealIsItsTarget() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    String venture =
        "Sweden's Enskilda Banken said it will set up a joint venture in London with U.S. firm"
            + " Equitable Securities Corp.";
    assertEquals(Set.of("SWE>USA:0311"), coded(code(venture, day)));
  }

  @Test
  void aBareVerbAfterAndSharesTheModalOfItsFellow() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    String ahead = "Nakasone will visit the United States and hold talks with Reagan.";
    for (CodedEvent e : code(ahead, day)) {
      assertEquals(Modality.PLANNED, e.modality(), e.toString());
    }
    String done = "Nakasone visited the United States and held talks with Reagan.";
    for (CodedEvent e : code(done, day)) {
      assertEquals(Modality.ASSERTED, e.modality(), e.toString());
    }
  }

  @Test
  void anObjectJudgedIsAnOpinionNoConsultation() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    String judged =
        "Sources said Treasury Secretary James Baker considered Tokyo's package, announced"
            + " yesterday, to be a major stimulation of the Japanese economy.";
    assertTrue(coded(code(judged, day)).isEmpty(), coded(code(judged, day)).toString());
  }

  @Test
  void wordsOfANounPhraseAreNoVerbs() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    for (String text :
        List.of(
            "China's crop is forecast at 11.5 mln tonnes, down slightly from last year, the U.S."
                + " Agriculture Department said.",
            "China has no official direct trade or government ties with Seoul.",
            "Japan viewed a January outline agreement between the Bank of England and U.S."
                + " authorities as significant.")) {
      assertTrue(coded(code(text, day)).isEmpty(), text + ": " + coded(code(text, day)));
    }
    // where a trip starts is no traveller
    for (CodedEvent e : code("Customers buy a round trip from the U.S. to London.", day)) {
      assertFalse("GBR".equals(target(e)), e.toString());
    }
    assertEquals(
        Set.of("IRN>USA:190"), coded(code("Iran downed a U.S. plane over the Gulf.", day)));
  }

  @Test
  void whatASpeakerSaysAnotherStateShouldDoIsAnAppeal() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("USA>TWN:020", "USA>KOR:020"),
        coded(
            code("Yeutter said the Taiwan and South Korean currencies should be adjusted.", day)));
    assertEquals(
        Set.of("USA>JPN:020"),
        coded(code("Japan must cut its trade surplus, Commerce Secretary Baldrige said.", day)));
    assertTrue(coded(code("Japan said it should cut its trade surplus.", day)).isEmpty());
  }

  @Test
  void anOrganisationsRelativeClauseHasItForSubject() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String text =
        "The import would be financed by the Islamic Development Bank (IDB) which signed an"
            + " agreement with Pakistan this week.";
    assertTrue(coded(code(text, day)).contains("IGO>PAK:057"), coded(code(text, day)).toString());
    assertEquals(
        Set.of("JPN>CHN:057"),
        coded(code("Japan, which signed an accord with China, said it was pleased.", day)));
  }

  @Test
  void aStateNamedInsideTheObjectAfterInIsItsOwnerNotAPlace() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("BEL>USA:051"),
        coded(code("Belgium warmly welcomed the increase in U.S. interest rates.", day)));
    // a place followed by a clause is still a place
    for (CodedEvent e : code("Britain welcomed its rescuers in Haiti as they searched.", day)) {
      assertFalse("HTI".equals(target(e)), e.toString());
    }
  }

  @Test
  void aCompoundSubjectSigningOverOneOfItsOwnIsSigningWithEachOther() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("NGA>GBR:057", "GBR>NGA:057"),
        coded(code("Nigeria and Britain signed an agreement to reschedule Nigeria's debts.", day)));
  }

  @Test
  void anApprovalReceivedIsTheGiversEndorsement() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String text = "American President Lines obtained final approval from Japanese authorities.";
    assertEquals(Set.of("JPN>USA:051"), coded(code(text, day)));
  }

  @Test
  void hopingOrPersuadingAnotherStateToActIsAnAppeal() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("USA>JPN:020"),
        coded(
            code("Armacost said the U.S. Hopes Japan will take steps to lift its economy.", day)));
    assertEquals(
        Set.of("JPN>USA:020"),
        coded(code("Japan tried to persuade the U.S. to drop the sanctions.", day)));
    assertTrue(
        coded(code("Kuwait moved its tankers in hopes Iran would be reluctant to fire.", day))
            .stream()
            .noneMatch(k -> k.startsWith("KWT>IRN")));
  }

  @Test
  void talksThatOpenTheSentenceOnlyDateWhatFollows() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String dated =
        "Following weekend talks here between Japanese and British officials, Lawson told"
            + " reporters the objective was achieved.";
    assertTrue(coded(code(dated, day)).isEmpty(), coded(code(dated, day)).toString());
    String held = "Weekend talks between Japanese and British officials ended without agreement.";
    assertEquals(Set.of("JPN>GBR:046", "GBR>JPN:046"), coded(code(held, day)));
  }

  @Test
  void anEstimateVerbBeforeAFigureStatesNothing() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String figure = "Taiwanese investment in the U.S. totalled 46 mln dlrs last year.";
    assertTrue(coded(code(figure, day)).isEmpty(), coded(code(figure, day)).toString());
  }

  @Test
  void aDocumentUnderStudyMayBeNamedAfterItsAuthor() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String read =
        "French officials are considering an Organisation for Economic Cooperation and"
            + " Development (OECD) staff report on Japan's trade surplus.";
    assertTrue(
        coded(code(read, day)).stream().noneMatch(k -> k.startsWith("FRA>IGO")),
        coded(code(read, day)).toString());
  }

  @Test
  void anActorAfterToIsAPrepositionsObjectNoSubject() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String text = "Profits from sales of arms to Iran had been used to aid rebels in Nicaragua.";
    for (CodedEvent e : code(text, day)) {
      assertFalse(e.source().country().equals("IRN"), e.toString());
    }
  }

  @Test
  void denyingAnOwnActDeniesResponsibility() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("JPN>USA:016"),
        coded(code("Japan denied breaking a pact with the U.S. on semiconductor trade.", day)));
  }

  @Test
  void criticismVoicedByAnActorIsItsOwn() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    String text =
        "Stoltenberg's statement was a reaction to criticism of rises in West German interest"
            + " rates voiced by U.S. Treasury Secretary James Baker.";
    assertTrue(coded(code(text, day)).contains("USA>DEU:111"), coded(code(text, day)).toString());
  }

  @Test
  void tonnesAddedToPurchasesArePurchasesFromTheGoodsCountry() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("CHN>USA:061"),
        coded(
            code("China has added 30,000 tonnes of U.S. corn to its previous commitments.", day)));
    assertEquals(
        Set.of("SUN>USA:061"),
        coded(
            code("The Soviet Union has added 50,000 tonnes to its purchases of U.S. corn.", day)));
    assertTrue(
        coded(code("China has added that it would buy U.S. corn.", day)).stream()
            .noneMatch(k -> k.endsWith(":061")));
  }

  @Test
  void partiesThatMetForTalksHeldThem() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    String met =
        "Treasury Secretary James Baker met Brazilian Finance Minister Dilson Funaro for talks.";
    assertEquals(Set.of("BRA>USA:046", "USA>BRA:046"), coded(code(met, day)));
  }

  @Test
  void aTripWithATimeToComeIsAnIntentToVisit() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    String ahead =
        "London pins its hopes on the trip to Tokyo next week by Britain's trade minister.";
    assertEquals(Set.of("GBR>JPN:036"), coded(code(ahead, day)));
    String done =
        "London pinned its hopes on the trip to Tokyo last week by Britain's trade minister.";
    assertEquals(Set.of("GBR>JPN:042"), coded(code(done, day)));
  }

  @Test
  void goodsOrPurposesOfReliefMakeSendingHumanitarianAid() {
    assertEquals(
        Set.of("USA>HTI:073"),
        coded(
            code(
                "The US is sending another 4,000 sailors and marines to Haiti for the earthquake"
                    + " relief effort.",
                HAITI_QUAKE)));
    assertEquals(
        Set.of("USA>HTI:073"),
        coded(
            code(
                "The US military has begun airdropping food and water supplies into Haiti.",
                HAITI_QUAKE)));
    assertEquals(
        Set.of("GBR>HTI:073"),
        coded(
            code("UK airlines have begun flying aid to earthquake-stricken Haiti.", HAITI_QUAKE)));
    // troops sent with no word of relief are military, not aid
    assertFalse(
        coded(code("The US is sending another 4,000 marines to Haiti.", HAITI_QUAKE))
            .contains("USA>HTI:073"));
  }

  @Test
  void anActAfterAVerbOfBeginningIsTheEventAndTalksBegunAreANoun() {
    assertEquals(
        Set.of("IRN>IRQ:190"), coded(code("Iran resumed shelling Iraqi positions.", SEED_DAY)));
    assertEquals(
        Set.of("IRN>IRQ:046", "IRQ>IRN:046"), coded(code("Iran and Iraq began talks.", SEED_DAY)));
  }

  @Test
  void theSubjectOfASupportVerbIsTheAuthorOfTheActItsObjectNames() {
    LocalDate day = LocalDate.of(1987, 6, 1);
    assertEquals(
        Set.of("USA>JOR:061"),
        coded(
            code(
                "Private U.S. exporters reported sales of 200,000 tonnes of wheat to Jordan.",
                day)));
    assertEquals(
        Set.of("GBR>HTI:073"),
        coded(code("Britain is mounting relief operations in Haiti.", HAITI_QUAKE)));
    // negated, or a subject that receives: no act
    assertTrue(
        code("Turkey did not issue a warning to Greece.", day).stream()
            .noneMatch(e -> e.modality() == Modality.ASSERTED));
    assertTrue(
        code("The U.S. has been promised a monopoly of maize exports to Spain.", day).stream()
            .noneMatch(e -> "ESP".equals(target(e))));
  }

  @Test
  void theSubjectInTalksWithAnotherMeetsIt() {
    assertTrue(
        coded(code("Japan agreed in talks with the U.S. to amend its laws.", SEED_DAY))
            .containsAll(Set.of("JPN>USA:046", "USA>JPN:046")));
  }

  @Test
  void statesReaffirmingTheirCommitmentDoSoWithEachOther() {
    Set<String> events =
        coded(
            code(
                "The United States, Japan and West Germany reaffirmed their commitment to"
                    + " coordinate economic policies.",
                LocalDate.of(1987, 4, 1)));
    assertTrue(
        events.containsAll(Set.of("USA>JPN:030", "JPN>DEU:030", "DEU>USA:030")), events.toString());
  }

  @Test
  void aStateTellingAnotherIsNoEventBetweenThemButWhatItTellsIs() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertTrue(
        code(
                "The Mexican Secretariat of Commerce has told the U.S. that the tariff was"
                    + " not aimed at it.",
                day)
            .isEmpty(),
        "the telling is no statement event: its content is coded, or nothing");
    Set<String> told =
        coded(
            code(
                "The European Community has told Congress that it would retaliate against U.S."
                    + " exports.",
                day));
    assertFalse(told.contains("IGO>USA:010"), told.toString());
    assertTrue(told.stream().anyMatch(e -> e.startsWith("IGO>USA:13")), told.toString());
  }

  @Test
  void anActorNamedWithATimeIsNoObject() {
    assertTrue(
        code(
                "The Bank of Japan intervened to stem strong yen rises during London trading.",
                LocalDate.of(1987, 4, 1))
            .stream()
            .noneMatch(e -> "GBR".equals(target(e))));
  }

  @Test
  void companionsAndUnarmedActorsAreNoPartiesToForce() {
    assertTrue(
        code(
                "Brazil is expected to attend the meeting along with most or all of the Central"
                    + " American producers.",
                LocalDate.of(1987, 4, 1))
            .stream()
            .allMatch(e -> e.target() == null));
    assertTrue(
        code(
                "The virus, which was named by the World Health Organization, has killed scores"
                    + " in Mexico.",
                LocalDate.of(2009, 5, 1))
            .isEmpty());
    assertEquals(
        Set.of("RUS>GEO:190"), coded(code("Russian troops attacked Georgian villages.", SEED_DAY)));
  }

  @Test
  void goodsOrderedAreNoCommand() {
    LocalDate day = LocalDate.of(2009, 7, 1);
    assertTrue(
        code(
                "Australia has ordered 10 million doses as the World Health Organization declared"
                    + " a pandemic.",
                day)
            .isEmpty());
    assertEquals(
        Set.of("IRN>GBR:100"), coded(code("Iran ordered Britain to withdraw its diplomats.", day)));
  }

  @Test
  void aMeetingAttendedByManyIsAMeetingOfEachWithEachOther() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of(
            "BRA>MEX:040",
            "BRA>NIC:040",
            "MEX>BRA:040",
            "MEX>NIC:040",
            "NIC>BRA:040",
            "NIC>MEX:040"),
        coded(
            code(
                "The meeting was attended by representatives from Brazil, Mexico and Nicaragua.",
                day)));
    // still to be held, and an abbreviation in parentheses is no other party
    Set<String> planned =
        coded(
            code(
                "Issues to be discussed by the ministers from Bahrain, Kuwait and the United Arab"
                    + " Emirates (UAE) would include a common exchange rate.",
                day));
    assertTrue(
        planned.containsAll(Set.of("BHR>KWT:036", "KWT>ARE:036", "ARE>BHR:036")),
        planned.toString());
    assertEquals(6, planned.size(), planned.toString());
    // "appear to be withdrawing" is going on, not to come
    assertTrue(
        coded(code("Libyan forces appear to be withdrawing from Chad.", day)).stream()
            .noneMatch(e -> e.contains(":03")));
  }

  @Test
  void aSaleToAnotherIsEconomicCooperation() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("USA>KOR:0311"),
        coded(
            code(
                "The United States plans to sell 84 mln dlrs in electronic equipment to South"
                    + " Korea.",
                day)));
    assertTrue(
        coded(code("The U.S. sold tanks to Egypt.", day)).contains("USA>EGY:062"),
        "CAMEO's weapons pattern wins");
  }

  @Test
  void aTitleAndItsHoldersNameAreOneActorOfACompound() {
    assertEquals(
        Set.of("USA>SUN:036", "SUN>USA:036"),
        coded(
            code(
                "Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze"
                    + " will meet in Moscow in mid-April.",
                LocalDate.of(1987, 3, 6))));
  }

  @Test
  void aReporterOwnsSomeOfTheThingsHitInWhatItReports() {
    assertEquals(
        Set.of("USA>IRN:190"),
        coded(
            code(
                "Iran said U.S. Naval forces attacked two of its oil platforms in the Gulf.",
                LocalDate.of(1987, 10, 20))));
  }

  @Test
  void actsCalledOffOrFacedByTheSubject() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertTrue(
        code("Brazil cancelled a 40 mln dlr crude oil purchase from Saudi Arabia.", day).stream()
            .noneMatch(e -> e.code().startsWith("06")));
    assertEquals(
        Set.of("IRN>IRQ:130"), coded(code("Iraq, despite a warning from Iran, attacked.", day)));
    assertEquals(
        Set.of("IGO>EGY:111"),
        coded(
            code(
                "Egypt started slaughtering pigs despite resistance by farmers and criticism"
                    + " from the United Nations.",
                LocalDate.of(2009, 4, 30))));
  }

  @Test
  void aBillOfAnAmountIsANoun() {
    assertTrue(
        code(
                "The U.S. Congress sent President Barack Obama a $106 billion bill to pay for the"
                    + " Iraq and Afghanistan wars.",
                LocalDate.of(2009, 6, 19))
            .stream()
            .noneMatch(e -> e.code().startsWith("17")));
  }

  @Test
  void aDecisionToActIsAnIntentAndAnInflectedFormAfterToIsANoun() {
    assertEquals(
        Set.of("MEX>USA:137"),
        coded(
            code(
                "Mexico has decided to close its border to imports of fresh fruit from San Diego"
                    + " in California.",
                LocalDate.of(1987, 4, 1))));
  }

  @Test
  void prospectsStatisticsTimesAndToldClausesAreNoEvents() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertTrue(
        code("Prospects appear slim for a summer meeting between U.S. and Soviet officials.", day)
            .isEmpty());
    assertTrue(
        code("Saudi Arabia bought 500,000 tonnes of Spanish barley last year.", day).isEmpty());
    assertEquals(
        Set.of("SAU>ESP:061"),
        coded(code("Saudi Arabia bought 500,000 tonnes of Spanish barley on Tuesday.", day)));
    assertEquals(
        Set.of("TWN>CAN:0311"),
        coded(code("Taiwan will import 81,000 tonnes of wheat from Canada in calendar 1987.", day)),
        "a purchase planned for a period is an intent, not a statistic");
    assertTrue(code("Taiwan imported 81,000 tonnes of wheat from Canada in 1986.", day).isEmpty());
    assertTrue(
        code("Taiwan imports all its soybeans from the United States.", day).isEmpty(),
        "trade in the simple present is a standing pattern, no act");
    assertTrue(
        code(
                "Rates may fall, possibly before Prime Minister Yasuhiro Nakasone leaves for"
                    + " Washington on April 29.",
                day)
            .isEmpty());
    assertTrue(
        code(
                "The party was anxious to pass the budget before Prime Minister Yasuhiro Nakasone"
                    + " leaves next week for the U.S.",
                day)
            .isEmpty(),
        "a trip to come that only dates another act is no intent to visit");
    assertTrue(
        code("The U.S. announced recently Iran had emplaced Chinese-made missiles.", day).stream()
            .noneMatch(e -> "IRN".equals(target(e))));
    assertTrue(
        code("Fitzwater spoke one day before U.S. and Japanese officials are to meet.", day)
            .stream()
            .anyMatch(e -> e.code().equals("036")),
        "a meeting scheduled after 'before' is still planned");
  }

  @Test
  void aVisitingOfficialVisitsTheCountryOfWhomHeMeets() {
    assertEquals(
        Set.of("USA>CHN:042"),
        coded(
            code(
                "Chinese leader Deng Xiaoping told visiting U.S. Secretary of State George Shultz"
                    + " China's troubles were over.",
                LocalDate.of(1987, 3, 5))));
  }

  @Test
  void raidsLaunchedAndMoneyExtendedAndNoLeadManager() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("IRQ>IRN:190"),
        coded(
            code(
                "Iraq said its warplanes launched two bombing raids on Iran's offshore oilfield.",
                day)));
    assertEquals(
        Set.of("IGO>PAK:071"),
        coded(code("The World Bank said it has extended Pakistan 220 mln dlrs in loans.", day)));
    assertTrue(
        code(
                "Gunze Sangyo Inc of Tokyo is issuing 25 mln Swiss francs of notes, lead manager"
                    + " Swiss Volksbank said.",
                day)
            .isEmpty());
  }

  @Test
  void aDocumentsParticipleIsItsAuthorsActAndAnOfferIsNoSupportVerbAcrossTo() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertTrue(
        coded(
                code(
                    "EC foreign ministers issued a statement deploring Japan's continued trade"
                        + " imbalance.",
                    day))
            .contains("IGO>JPN:111"));
    assertTrue(
        code(
                "The CCC has accepted a bid for two bonus offers to cover the sale of poultry to"
                    + " Egypt.",
                day)
            .stream()
            .noneMatch(e -> e.code().startsWith("03")));
  }

  @Test
  void officialsPresentInAnotherCountryVisitItAndGroupsActThroughTheirMembers() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("IGO>PHL:042"),
        coded(code("Two World Bank review teams are in the Philippines to assess requests.", day)));
    assertEquals(
        Set.of("NIC>GBR:042"),
        coded(
            code(
                "Nicaraguan Foreign Trade Minister Alejandro Martinez Cuenca was in London to"
                    + " brief coffee producers.",
                day)));
    assertEquals(
        Set.of("NGA>JPN:036", "JPN>NGA:036"),
        coded(code("A team of Nigerian officials will meet with Japanese creditor banks.", day)));
    assertTrue(
        coded(
                code(
                    "The talks were separate from discussions between Japanese officials and"
                        + " British minister Michael Howard.",
                    day))
            .containsAll(Set.of("JPN>GBR:046", "GBR>JPN:046")));
  }

  @Test
  void reducedRelativesAndMarketRivalryAreNoEvents() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        Set.of("CAN>USA:020"),
        coded(
            code(
                "Lawmakers from Ontario asked their U.S. counterparts to exempt Canada from a trade"
                    + " bill being considered by the U.S. Congress.",
                day)));
    assertTrue(
        code(
                "North Korea unveiled plans, the official North Korean Central News Agency,"
                    + " monitored in Tokyo, reported.",
                day)
            .stream()
            .noneMatch(e -> "JPN".equals(target(e))));
    assertTrue(
        code("It would help Swiss banks compete better against those in Britain.", day).isEmpty());
    assertEquals(
        Set.of("SYR>IRN:050", "IRN>IRQ:190"),
        coded(code("Iran, backed by Syria, attacked Iraq.", day)),
        "a participle with its agent stays an event");
  }

  @Test
  void aTimeBetweenACommitmentAndItsInfinitiveKeepsTheIntent() {
    assertEquals(
        Set.of(
            "GBR>CAN:032",
            "GBR>FRA:032",
            "CAN>GBR:032",
            "CAN>FRA:032",
            "FRA>GBR:032",
            "FRA>CAN:032"),
        coded(
            code(
                "Finance ministers of Britain, Canada and France agreed on February 22 to"
                    + " cooperate in stabilizing exchange rates.",
                LocalDate.of(1987, 3, 1))));
  }

  @Test
  void questionsConditionsGoodsAndIdiomsOfSynonymsAreNoActs() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    assertTrue(
        code(
                "Canada is expected to announce its ruling whether U.S. corn exports have injured"
                    + " Ontario growers.",
                day)
            .stream()
            .noneMatch(e -> e.code().startsWith("18")));
    assertTrue(
        code("Japan will end its pact with the U.S. if Washington imposes tariffs.", day).stream()
            .allMatch(e -> e.modality() != Modality.ASSERTED));
    assertTrue(
        code("The European Commission authorised the export of 65,000 tonnes of French maize.", day)
            .isEmpty());
    assertTrue(
        code("The G-7 countries reaffirmed their accord, Japan's finance minister said.", day)
            .stream()
            .noneMatch(e -> "JPN".equals(target(e))));
    assertEquals(
        Set.of("GBR>IGO:100"),
        coded(code("Britain demanded the early debate on the EC Commission's proposal.", day)));
    assertEquals(
        Set.of("TWN>USA:0311"),
        coded(
            code("Taiwan will tender Thursday, March 26, for 356,000 tonnes of U.S. corn.", day)));
  }

  @Test
  void statesAtWarAMissionsJourneyAndABuyingTender() {
    LocalDate day = LocalDate.of(1987, 3, 20);
    assertEquals(
        Set.of("IRN>IRQ:190", "IRQ>IRN:190"),
        coded(
            code(
                "Japan had good relations with both Iran and Iraq, which have been at war since"
                    + " September 1980.",
                day)));
    assertTrue(code("Iran is not at war with Iraq.", day).isEmpty());
    assertEquals(
        Set.of("TWN>USA:036"),
        coded(code("A Taiwan mission will leave next week for Washington.", day)));
    assertEquals(
        Set.of("USA>ARE:036"),
        coded(code("The Senate team next heads for the United Arab Emirates.", day)));
    assertEquals(
        Set.of("EGY>USA:0311"),
        coded(
            code("Results were awaited on Egypt's tender for 200,000 tonnes of U.S. wheat.", day)));
  }

  @Test
  void joiningOthersInAnActAndAMarketShareTakenAreNoEvents() {
    LocalDate day = LocalDate.of(2009, 5, 1);
    assertTrue(
        code(
                "Meanwhile, the UK joined Canada, Spain, Germany and the US in reporting"
                    + " person-to-person transmission of the virus.",
                day)
            .isEmpty());
    assertEquals(Set.of("FRA>IGO:057"), coded(code("France joined NATO.", day)), "entry");
    assertTrue(
        code("Japan last year took 78 pct of the 170 mln dlr EC EPROM market.", day).isEmpty());
  }

  @Test
  void aPlaceBetweenACommitmentAndItsInfinitiveAndAPurposeKeepTheIntent() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("USA>JPN:030", "JPN>USA:030"),
        coded(code("The United States and Japan agreed at the summit to use indicators.", day)));
    assertTrue(
        code("Japan and Canada met in an attempt to increase cooperation on economic policy.", day)
            .stream()
            .filter(e -> e.code().startsWith("05"))
            .findAny()
            .isEmpty());
  }

  @Test
  void everyCodeIsInTheCodebook() {
    EventCodebook book = EventCodebook.standard();
    for (CodedEvent e : seedEvents) {
      assertTrue(book.contains(e.code()), e.code());
      assertTrue(e.confidence() > 0 && e.confidence() < 1);
      assertTrue(e.begin() <= e.triggerBegin() && e.triggerEnd() <= e.end());
    }
  }

  @Test
  void badInputGivesNoEvents() {
    EventCoder coder = EventCoder.standard();
    assertTrue(coder.code(null, List.of()).isEmpty());
    assertTrue(coder.code(new Sentence(0, 0, 5, "Hello"), null).isEmpty());
    assertTrue(coder.code(new Sentence(0, 0, 0, ""), List.of()).isEmpty());
    ActorMention stray = new ActorMention(3, 900, 905, "Spain", "ESP", "Spain", false);
    assertTrue(coder.code(new Sentence(0, 0, 12, "Spain agreed"), List.of(stray)).isEmpty());
  }

  @Test
  void aBareVerbFormAfterUsIsANounAndNameWordsAreNoPatternWords() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>IRN:190"),
        coded(
            code("The EC will not issue a statement on the U.S. Attack on Iran.", day).stream()
                .filter(e -> e.code().startsWith("19"))
                .toList()),
        "the attack is the U.S.'s, not the EC's");
    assertEquals(
        Set.of("USA>JPN:163"), coded(code("The U.S. Imposed tariffs on Japanese goods.", day)));
    assertTrue(
        code("Teleglobe Canada Inc received an order from Credit Lyonnais Canada.", day).isEmpty(),
        "a bank's name is no credit");
  }

  @Test
  void aCommaPassiveWithAnAdverbAComparisonAndALoanAgreement() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("AUS>CAN:050"),
        coded(code("Canada, strongly supported by Australia, has championed the cause.", day)));
    assertTrue(
        code("The Chinese firm offered to build the vessel for less than West German yards.", day)
            .isEmpty(),
        "a party compared with is no target");
    assertEquals(
        Set.of("CHN>IGO:057"),
        coded(code("China has signed a 130 mln dlr loan agreement with the World Bank.", day)));
  }

  @Test
  void aSentenceOpeningWithAndIsRead() {
    assertEquals(
        Set.of("JPN>USA:040", "USA>JPN:040", "USA>JPN:042"),
        coded(code("And Japan and the United States met in Tokyo.", LocalDate.of(1987, 4, 20))));
  }

  @Test
  void aTakeoverBidIsNoDemand() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertTrue(
        code("<Carburos Metalicos> of Spain has bid 2,205 francs a share for French group X.", day)
            .isEmpty());
    assertEquals(Set.of("IRN>IRQ:100"), coded(code("Iran bid Iraq to withdraw its troops.", day)));
  }

  @Test
  void aJourneyToAnotherCountryIsAVisitOrWhenStillToComeAnIntentToMeet() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(Set.of("USA>SUN:042"), coded(code("Shultz flew to Moscow on Sunday.", day)));
    assertEquals(Set.of("USA>SUN:042"), coded(code("Shultz travelled to Moscow on Sunday.", day)));
    assertEquals(Set.of("USA>SUN:036"), coded(code("Shultz will fly to Moscow next week.", day)));
    assertEquals(Set.of("IRN>LBN:073"), coded(code("Iran flew aid to Lebanon.", day)));
  }

  @Test
  void anAgreementSignedWithAnotherIsOneWayAndACompoundSignsWithEachOther() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("KEN>GBR:057", "KEN>DEU:057"),
        coded(code("Kenya has signed an agreement with British and German interests.", day)));
    assertEquals(
        Set.of("KEN>UGA:057"), coded(code("Kenya signed a peace treaty with Uganda.", day)));
    assertEquals(
        Set.of("KEN>GBR:057", "GBR>KEN:057"),
        coded(code("Kenya and Britain signed an accord on Monday.", day)));
  }

  @Test
  void talksToComeAreBothSidesIntentAndAReportedWouldIsAPlan() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("JPN>USA:036", "USA>JPN:036"),
        coded(
            code(
                "A spokesman said officials of the Japanese Ministry of International Trade and"
                    + " Industry (MITI) would hold technical talks with U.S. officials next week.",
                day)));
    List<CodedEvent> visit = code("Nakasone will visit Washington next month.", day);
    assertEquals(Set.of("JPN>USA:036"), coded(visit), "a visit to come is the visitor's");
    assertEquals(Modality.PLANNED, visit.get(0).modality());
  }

  @Test
  void whatAPartySaysItWouldDoIfIsAThreatMade() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    String text =
        "The European Community told Congress that if the bill is approved, the community"
            + " would retaliate against U.S. exports.";
    CodedEvent e = trigger(code(text, day), text, "retaliate");
    assertEquals("IGOEUREEC", e.source().code(), "the Community is the EC");
    assertEquals("138", e.code());
    assertEquals(Modality.ASSERTED, e.modality());
    List<CodedEvent> could = code("Japan could retaliate against Iran.", day);
    assertEquals(Modality.POSSIBLE, could.get(0).modality(), "could: no threat made");
  }

  @Test
  void beingEagerOrWillingToActIsAnIntent() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("JPN>USA:0311"), coded(code("Japan is willing to buy more U.S. goods.", day)));
    assertEquals(
        Set.of("IGO>ARG:0311"),
        coded(code("The World Bank was eager to finance Argentine plans.", day)));
    assertEquals(
        Set.of("SWE>ESP:0311"),
        coded(code("Sweden agreed in principle to buy Spanish wheat.", day)),
        "a phrase between the commitment and its infinitive");
  }

  @Test
  void aPlanToRedressTradeWithAnotherIsAnIntentToCooperateEconomically() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("TWN>USA:0311"),
        coded(
            code(
                "Taiwan plans another round of tariff cuts to help narrow its trade surplus with"
                    + " the U.S.",
                day)));
    assertEquals(
        Set.of("KOR>USA:0311"),
        coded(code("South Korea will open its market to cut its surplus with the U.S.", day)));
    assertTrue(
        code("Japan's trade surplus with the U.S. rose to five billion dlrs.", day).isEmpty());
    assertTrue(
        code("South Korea cut taxes to reduce its surplus with the U.S.", day).isEmpty(),
        "no plan: the act done is no intent");
  }

  @Test
  void theSubjectOfAClauseMetThePartnerOfTalksItSpokeAfterOrDuring() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("JPN>USA:046", "USA>JPN:046"),
        coded(
            code(
                "The Japanese minister said during talks with Shultz that the dispute was over.",
                day)));
    assertEquals(
        Set.of("ITA>USA:040", "USA>ITA:040"),
        coded(
            code(
                "The Italian minister told reporters after meeting Shultz that it was over.",
                day)));
    assertTrue(
        code("He told reporters after meeting U.S. and Japanese trade ministers.", day).stream()
            .noneMatch(e -> e.code().startsWith("04")),
        "the one who met them is not named");
  }

  @Test
  void regretVoicedOverAnothersActIsDisapproval() {
    assertTrue(
        coded(code("Japan expressed deep regret over the U.S. measures.", LocalDate.of(1987, 4, 1)))
            .contains("JPN>USA:110"));
  }

  @Test
  void aContractAwardedIsEconomicCooperationFromItsAwarder() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("TWN>USA:061"),
        coded(
            code(
                "The joint committee of Taiwan's maize importers awarded contracts to five U.S."
                    + " companies for seven shipments.",
                day)),
        "the committee of Taiwan's importers is Taiwan's; the importers are no noun modifier");
    assertTrue(
        code("All OPEC states are producing within the quotas allocated to them.", day).isEmpty());
  }

  @Test
  void marketsPlacesProspectsRunningTotalsAndDeparturesAreNoPartiesOrActs() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertTrue(code("The Japanese have already sold U.S. equities.", day).isEmpty(), "a market");
    assertEquals(Set.of("JPN>USA:061"), coded(code("Japan bought U.S. corn.", day)));
    assertTrue(
        code("Iraq said its warplanes hit two ships off the Iranian coast.", day).stream()
            .allMatch(e -> e.target() == null),
        "where, not whom");
    assertTrue(
        code("There is a good chance that the United States and Mexico will agree.", day).stream()
            .allMatch(e -> e.modality() == Modality.POSSIBLE));
    assertTrue(
        code(
                "Syria has bought 320,000 tonnes of French wheat since the beginning of the season.",
                day)
            .isEmpty(),
        "a running total");
    assertTrue(
        code("A bomb exploded hours after Thatcher left the West German capital.", day).isEmpty(),
        "a departure that dates another event");
    assertEquals(Set.of("GBR>DEU:042"), coded(code("Thatcher left Bonn on Monday.", day)));
  }

  @Test
  void attacksBorneOrRepelledAStatesProtestAndAContractWon() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertTrue(
        coded(code("Iraq said its troops repelled an overnight Iranian attack.", day))
            .contains("IRN>IRQ:190"),
        "the attack was on those who repelled it");
    assertEquals(
        Set.of("IRN>IRQ:190"),
        coded(code("Iranian forces have renewed their assault on Iraqi lines.", day)));
    assertEquals(
        Set.of("IDN>IGO:114"),
        coded(code("Indonesia has protested against the EC plan to increase duties.", day)));
    assertEquals(
        Set.of("ESP>IGO:140"), coded(code("Spanish farmers protested against the EC plan.", day)));
    assertEquals(
        Set.of("CHE>GBR:061"),
        coded(code("The British firm won a contract from Switzerland.", day)));
    assertEquals(
        Set.of("FRA>GBR:046", "GBR>FRA:046"),
        coded(
            code(
                "The French minister spoke in talks here today with British Chancellor Nigel"
                    + " Lawson.",
                day)));
  }

  @Test
  void sanctionsAndTariffsNamedByANounAreImposedOrWhenScheduledThreatened() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>JPN:163"),
        coded(
            code("Baker said the U.S. imposition of tariffs on Japanese goods was no war.", day)));
    assertEquals(
        Set.of("USA>JPN:163"), coded(code("U.S. sanctions against Japan took effect.", day)));
    List<CodedEvent> threat =
        code("American tariffs on Japanese goods are set to go into effect on April 17.", day);
    assertEquals(Set.of("USA>JPN:1312"), coded(threat));
    assertEquals(Modality.PLANNED, threat.get(0).modality());
  }

  @Test
  void partiesTakingPartInAMeetingMeetEachOther() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of(
            "GBR>FRA:046",
            "GBR>ITA:046",
            "FRA>GBR:046",
            "FRA>ITA:046",
            "ITA>GBR:046",
            "ITA>FRA:046"),
        coded(code("Britain, France and Italy participated in the talks.", day)));
    assertEquals(
        Set.of("GBR>FRA:036", "FRA>GBR:036"),
        coded(code("Britain and France will take part in the conference.", day)),
        "a conference to come: an intent to meet");
    assertEquals(
        Set.of("CAN>null:040", "CAN>CHE:042"),
        coded(code("Canada participated in the meeting in Geneva.", day)),
        "where the meeting is held is no party to it, but a place visited");
    Set<String> six =
        coded(
            code(
                "He said delegates from Mexico, Peru, Ecuador, India and five Central American"
                    + " nations will participate in the strategy session.",
                day));
    assertEquals(12, six.size(), "a list ending in 'and' and no actor is still a list: " + six);
    assertTrue(six.contains("ECU>IND:036"), six.toString());
  }

  @Test
  void salesExpectedByTheSellerOrAfterAnAmountAndAnOpenerThatDatesAnAgreement() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    List<CodedEvent> expects =
        code("The Australian Wheat Board expects to sell wheat to the Japanese.", day);
    assertEquals(Set.of("AUS>JPN:0311"), coded(expects), "the seller's expectation: an intent");
    assertEquals(
        Set.of("ZAF>TWN:0311"),
        coded(code("South Africa will export 600,000 tonnes of maize a year to Taiwan.", day)),
        "an amount is no distance between the verb and its target");
    assertEquals(
        Set.of("ZAF>TWN:0311"),
        coded(
            code(
                "Under an agreement signed last year, South Africa will export maize to Taiwan.",
                day)),
        "'last year' in the opener dates the agreement, not a year's trade");
    assertEquals(
        Set.of(),
        coded(code("Japan bought 500,000 tonnes of Spanish barley from Spain last year.", day)),
        "a year's trade is still no event");
  }

  @Test
  void theyAfterACompoundSpeakerIsBothAndAPartnershipFormedIsCooperation() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("GBR>FRA:057", "FRA>GBR:057"),
        coded(code("Britain and France said that they had signed a treaty.", day)));
    assertEquals(
        Set.of("GBR>JPN:0311", "JPN>GBR:0311"),
        coded(code("Britain and Japan said they would form a joint venture.", day)),
        "a venture to come: an intent to cooperate economically, both ways");
    assertEquals(
        Set.of("GBR>KEN:061"), coded(code("Britain established a joint company with Kenya.", day)));
  }

  @Test
  void aVisitorComingForTalksIntendsToMeetButAnAppealForTalksIsOnlyTheAppeal() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>SUN:042", "USA>SUN:036"),
        coded(
            code(
                "U.S. Secretary of State George Shultz arrived in Moscow for talks with Soviet"
                    + " leaders.",
                day)));
    assertEquals(Set.of("JPN>USA:026"), coded(code("Japan pressed for talks with the U.S.", day)));
  }

  @Test
  void sanctionsThreatenedAreAThreatOfSanctionsNotSanctionsImposed() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    List<CodedEvent> threat = code("The U.S. has threatened to impose tariffs on Japan.", day);
    assertEquals(Set.of("USA>JPN:1312"), coded(threat));
    assertEquals(Modality.ASSERTED, threat.get(0).modality(), "the threat is made");
  }

  @Test
  void aPatternsNounThatHeadsTheObjectActorMakesItTheTarget() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("EGY>ISR:043", "ISR>EGY:042"),
        coded(code("Egypt's President Mubarak received the Israeli ambassador.", day)),
        "RECEIVE * AMBASSADOR: hosting the envoy's visit");
  }

  @Test
  void anExportBonusThatCoversASaleMakesTheSaleTheBonusGiversAct() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>EGY:061"),
        coded(
            code(
                "The Commodity Credit Corporation, CCC, has accepted a bid for an export bonus to"
                    + " cover a sale of 2,000 tonnes of semolina to Egypt.",
                day)),
        "the CCC is the U.S. Agriculture Department's");
  }

  @Test
  void shipsEscortedAreMilitaryProtection() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("USA>KWT:074"),
        coded(code("U.S. warships escorted two Kuwaiti tankers through the Gulf.", day)));
    assertEquals(
        Set.of("USA>KWT:0334"),
        coded(code("The U.S. Navy will escort reflagged Kuwaiti tankers.", day)),
        "an escort to come: an intent to protect");
  }

  @Test
  void partiesPledgingToCooperateOrScheduledToConveneActTowardEachOther() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("CAN>JPN:030", "JPN>CAN:030"),
        coded(code("Canada and Japan pledged to cooperate to hold their currencies stable.", day)),
        "a pledge to cooperate is made to each other");
    assertTrue(
        code("Brazil and China have pledged to cooperate with the cocoa producers.", day).stream()
            .noneMatch(e -> "CHN".equals(target(e)) || "BRA".equals(target(e))),
        "a pledge to cooperate with a third party is not made to each other");
    List<CodedEvent> convene = code("The U.S. and Japan are scheduled to convene today.", day);
    assertEquals(Set.of("USA>JPN:040", "JPN>USA:040"), coded(convene), "they convene together");
    assertTrue(convene.stream().allMatch(e -> e.modality() == Modality.PLANNED), "still to come");
  }

  @Test
  void aPerfectAfterATimePhraseAndPartiesAtOddsAreCoded() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("TUR>GRC:120"),
        coded(code("Turkey has in the past rejected Greece's proposal.", day)),
        "\"has in the past rejected\" is a verb, not \"the past rejected\"");
    assertEquals(
        Set.of("USA>JPN:110", "JPN>USA:110"),
        coded(code("The United States and Japan remain at odds over trade.", day)));
    assertTrue(
        code("The two nations will remain at odds as long as the deficit lasts.", day).isEmpty(),
        "a state forecast is no event");
  }

  @Test
  void anEventNounAfterAnActorAndItsModifiersIsNoVerb() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>CUB:163"),
        coded(
            code("Standing in the way is the longstanding U.S. trade embargo against Cuba.", day)));
    assertEquals(
        Set.of("IRN>IRQ:190"),
        coded(code("An Iranian offensive launched in January towards Basra was halted.", day)),
        "the target after the date the offensive was launched on");
  }

  @Test
  void aGuestWelcomedToTheHostsPlaceVisitsAndMeetsTheHost() {
    LocalDate day = LocalDate.of(2009, 3, 3);
    assertEquals(
        Set.of("GBR>USA:042", "USA>GBR:040", "GBR>USA:040"),
        coded(
            code(
                "President Obama welcomed British Prime Minister Gordon Brown to the White House.",
                day)));
    assertEquals(
        Set.of("JPN>USA:051"),
        coded(code("Japan welcomed the U.S. move to the new rules.", day)),
        "a welcome of an act is approval");
  }

  @Test
  void aPurposeOfTheAskerIsNotTheIntentOfTheOneAsked() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>JPN:020"),
        coded(
            code(
                "The United States wants Japan to remove tariffs to help cut its trade deficit"
                    + " with Japan.",
                day)));
    assertEquals(
        Set.of("KOR>USA:0311"),
        coded(code("South Korea will open its market to help cut its surplus with the U.S.", day)));
  }

  @Test
  void aDisputeReportedAsAStateIsEachPartysCriticismButNotOneToBeSettled() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>DEU:111", "DEU>USA:111"),
        coded(
            code(
                "Lawson said the recent dispute between the United States and West Germany was"
                    + " responsible for much turmoil.",
                day)));
    assertEquals(
        Set.of("ZAF>GBR:111", "GBR>ZAF:111"),
        coded(
            code(
                "A South African trade union is in dispute with a subsidiary of Britain's Johnson"
                    + " Matthey Plc.",
                day)));
    assertEquals(
        Set.of("DEU>ESP:111", "ESP>DEU:111"),
        coded(code("A diplomatic row is brewing between Germany and Spain.", day)));
    assertTrue(
        coded(code("The talks failed to ease tensions between Greece and Turkey.", day)).stream()
            .noneMatch(e -> e.endsWith(":110")),
        "tensions a verb acts on are no event of their own");
  }

  @Test
  void helpingWithReliefInAnotherStateIsHumanitarianAid() {
    assertEquals(
        Set.of("USA>HTI:073"),
        coded(
            code(
                "The US is mounting one of the biggest relief operations in its history to help"
                    + " victims of the earthquake in Haiti.",
                HAITI_QUAKE)));
    assertTrue(
        coded(code("The US is mounting a campaign to help exporters in Japan.", HAITI_QUAKE))
            .stream()
            .noneMatch(e -> e.endsWith(":073")),
        "help without relief is no humanitarian aid");
  }

  @Test
  void anOpeningClauseClosedByACommaLeavesTheSubjectToTheMainVerb() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>BRA:112", "BRA>USA:112"),
        coded(code("When talks broke down, the U.S. and Brazil blamed one another.", day)),
        "\"talks broke\": a noun before an irregular past, and the opener is closed");
  }

  @Test
  void standardsMetAnnualTradeAndDebtRelief() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertTrue(
        code("Sourrouille said Argentina has met IMF requirements.", day).isEmpty(),
        "a requirement met is no meeting");
    assertEquals(Set.of("ARG>IGO:040", "IGO>ARG:040"), coded(code("Argentina met the IMF.", day)));
    assertTrue(
        code("U.S. producers annually export two billion dlrs of forest products to Japan.", day)
            .isEmpty(),
        "a yearly trade figure is a statistic");
    assertEquals(
        Set.of("IGO>HTI:071"),
        coded(code("The World Bank is waiving any payments on Haiti's debt.", HAITI_QUAKE)),
        "debt relief is economic aid");
    assertEquals(
        Set.of("USA>HTI:073"),
        coded(
            code(
                "The US Army has been deployed in vast numbers in Haiti to help with the aid"
                    + " effort.",
                HAITI_QUAKE)));
  }

  @Test
  void leavingOneStateForAnotherVisitsBoth() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of("USA>DEU:042", "USA>SWE:042"),
        coded(code("U.S. Treasury Secretary James Baker left West Germany for Sweden.", day)));
  }

  @Test
  void theMeetingAnActWasDoneAtIsNoParty() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    assertEquals(
        Set.of(),
        coded(
            code("Japan pledged to stimulate its economy at the G-7 meeting in Washington.", day)));
    assertEquals(Set.of("JPN>IGO:030"), coded(code("Japan pledged to help the IMF.", day)));
  }

  @Test
  void aVerbAfterAnIndefiniteActorWithAnObjectAndTalksHeldBetweenTwoParties() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(Set.of("IRQ>USA:195"), coded(code("An Iraqi missile hit a U.S. frigate.", day)));
    assertEquals(
        Set.of("JPN>USA:046", "USA>JPN:046", "USA>JPN:042"),
        coded(code("Talks were held between Japan and the U.S. in Tokyo.", day)));
    assertEquals(
        Set.of("JPN>USA:036", "USA>JPN:036"),
        coded(code("Talks will begin between Japan and the U.S. next week.", day)));
  }

  @Test
  void hopingToDoAThingKeepsTheSubject() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(Set.of("FRA>IND:0311"), coded(code("France hopes to sell jets to India.", day)));
  }

  @Test
  void aJointAdjectiveNamesThePartiesOfItsDealingsAfterAField() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("USA>JPN:036", "JPN>USA:036"),
        coded(code("U.S.-Japanese trade talks will resume next week.", day)));
    assertTrue(
        coded(code("Soviet-American arms talks resumed in Geneva.", day)).contains("SUN>USA:046"));
  }

  @Test
  void aStakeTakenOrAcquiredInAnothersBusinessIsEconomicCooperation() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("JPN>USA:061"),
        coded(
            code(
                "Japan's Nippon Life took a 13 pct stake in Shearson Lehman Brothers of the U.S.",
                day)),
        "a name after a possessive is the subject of the verb after it");
    assertEquals(
        Set.of("DEU>FRA:0311"),
        coded(code("West Germany's Daimler-Benz will acquire a stake in France's Matra.", day)),
        "'in France's Matra' is a business, no place");
  }

  @Test
  void whatARejectedDocumentSaysIsNotItsRejectersAct() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("USA>IGO:129"),
        coded(code("The U.S. vetoed a U.N. resolution condemning Israel.", day)));
    assertTrue(
        coded(code("The EC issued a statement deploring Japan's trade surplus.", day))
            .contains("IGO>JPN:111"),
        "a statement issued says what its author does");
  }

  @Test
  void aCommitmentToAnActTheLexiconLacksIsAnIntentToCooperate() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("KWT>SUN:030"),
        coded(code("Kuwait has agreed to charter tankers from the Soviet Union.", day)),
        "no agreement reached (050): a commitment to an act");
    assertEquals(Set.of("JPN>USA:030"), coded(code("Japan agreed to the U.S. proposal.", day)));
  }

  @Test
  void anAgreementSignedBetweenTwoPartiesIsSignedByBoth() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("IND>GBR:057", "GBR>IND:057"),
        coded(
            code(
                "A grant would be disbursed under an agreement signed yesterday between India and"
                    + " Britain.",
                day)));
    assertEquals(
        Set.of("IND>GBR:057", "GBR>IND:057"),
        coded(code("An agreement was signed here yesterday between India and Britain.", day)));
    assertEquals(
        Set.of(),
        coded(code("The treaty between the U.S. and the Soviet Union bans missiles.", day)),
        "a treaty in force is no signing");
  }

  @Test
  void twoWhoActAtAMeetingMetEachOther() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    Set<String> met =
        coded(
            code(
                "West German Finance Minister Gerhard Stoltenberg and U.S. Treasury Secretary"
                    + " James Baker reaffirmed their commitment to currency stability at a secret"
                    + " meeting yesterday in Frankfurt.",
                day));
    assertTrue(met.contains("DEU>USA:040") && met.contains("USA>DEU:040"), met.toString());
    Set<String> summit =
        coded(
            code(
                "The United States, Japan, West Germany and France agreed at the summit to use"
                    + " economic indicators.",
                day));
    assertFalse(summit.stream().anyMatch(e -> e.endsWith(":040")), summit.toString());
  }

  @Test
  void aSalesBuyerFollowsTheGoodsAndTheirAmounts() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of("USA>CHN:061"),
        coded(
            code(
                "The Commodity Credit Corp (CCC) has accepted bids for export bonuses to cover"
                    + " sales of 340,000 tonnes of hard red winter wheat and 210,000 tonnes of soft"
                    + " red winter wheat to China.",
                day)));
  }

  @Test
  void aPlanStudiedIsNoIntentAndAPurchaseInAnAgreementsYearIsARunningTotal() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    List<CodedEvent> studied =
        code("South Korea is studying a plan to buy more coal from the United States.", day);
    assertEquals(Modality.POSSIBLE, studied.get(0).modality());
    List<CodedEvent> announced =
        code("South Korea announced a plan to buy more coal from the United States.", day);
    assertTrue(
        announced.stream().anyMatch(e -> e.modality() == Modality.PLANNED), announced.toString());
    assertEquals(
        Set.of(),
        coded(
            code(
                "The USSR has purchased 2.40 mln tonnes of U.S. corn for delivery in the fourth"
                    + " year of the U.S.-USSR grain agreement.",
                day)));
    assertEquals(
        Set.of("EGY>USA:061"),
        coded(
            code(
                "Egypt bought 200,000 tonnes of U.S. wheat for delivery in the first quarter.",
                day)));
  }

  @Test
  void aBroadcastMonitoredByANewsServiceIsNoInquiry() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of(),
        coded(
            code(
                "Tehran radio, monitored by the British Broadcasting Corporation, said the attack"
                    + " was launched last night.",
                day)));
    assertEquals(
        Set.of("USA>SUN:090"), coded(code("The U.S. monitored Soviet missile tests.", day)));
  }

  @Test
  void aVisitThatOnlyDatesAnotherActIsNotCoded() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of(),
        coded(
            code(
                "The loan, agreed upon in principle last September during a visit to the United"
                    + " States by President Corazon Aquino, had been held up.",
                day)));
    assertEquals(
        Set.of("PHL>USA:042"),
        coded(code("Aquino's visit to the United States ended yesterday.", day)));
  }

  @Test
  void aCompanysOwnUnitAbroadIsNoParty() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertEquals(
        Set.of(),
        coded(
            code(
                "Daewoo of South Korea will sign a 45 mln U.S. Dlr loan tomorrow through its Hong"
                    + " Kong unit.",
                day)));
  }

  @Test
  void aParticipleSetOffAfterTheOpeningActorIsItsAct() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertEquals(
        Set.of("CHN>FRA:042"),
        coded(
            code(
                "Chinese Premier Zhao Ziyang, visiting France for four days, said trade would"
                    + " grow.",
                day)));
    assertTrue(
        code("Chinese Premier Zhao Ziyang said trade with France was visiting new highs.", day)
            .stream()
            .noneMatch(e -> e.code().startsWith("04")));
  }

  @Test
  void talksStillToComeAreAnIntentToMeet() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertEquals(
        Set.of("USA>CHN:036", "CHN>USA:036"),
        coded(
            code(
                "Baker said he would raise the matter at talks with China in Peking next week.",
                day)));
    assertEquals(
        Set.of("USA>CHN:036", "CHN>USA:036"),
        coded(code("Baker will raise the matter at talks with China in Peking.", day)));
    assertEquals(
        Set.of("USA>CHN:046", "CHN>USA:046", "USA>CHN:042"),
        coded(code("Baker raised the matter at talks with China in Peking on Monday.", day)));
    assertEquals(
        Set.of("USA>CHN:046", "CHN>USA:046", "USA>CHN:042"),
        coded(code("Baker would fly home after talks with China in Peking on Monday.", day)));
  }

  @Test
  void moneyLentAndLoansApprovedAreEconomicAid() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertEquals(
        Set.of("IGO>KEN:071"),
        coded(code("The World Bank said it has loaned Kenya 80 mln dlrs for roads.", day)));
    assertEquals(
        Set.of("IGO>KEN:071"),
        coded(code("The World Bank approved two loans for Kenya to build roads.", day)));
    assertEquals(
        Set.of("USA>KEN:071"),
        coded(
            code(
                "The Commodity Credit Corporation has allocated 12 mln dlrs in credit guarantees"
                    + " to Kenya.",
                day)));
    assertEquals(
        Set.of("IGO>KEN:0331"),
        coded(code("The World Bank will lend Kenya 80 mln dlrs for roads.", day)));
  }

  @Test
  void revisedFiguresGoodsOriginsMarketsAndTrendsAreNoTrade() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertTrue(
        code(
                "The U.S. Agriculture Department raised its forecast of wheat purchases by China"
                    + " to nine mln tonnes.",
                day)
            .isEmpty());
    assertTrue(code("A West German firm said it sold 9,200 U.S. cars in April.", day).isEmpty());
    assertEquals(
        Set.of("DEU>CHN:061"),
        coded(code("A West German firm sold 9,200 cars to China in April.", day)));
    assertTrue(
        code("Mexican growers sold 40,000 tonnes of tomatoes to U.S. markets.", day).isEmpty());
    assertEquals(
        Set.of("MEX>USA:061"),
        coded(code("Mexican growers sold 40,000 tonnes of tomatoes to the U.S.", day)));
    assertTrue(
        code("Japanese imports from Australia have tended to displace Chinese coal.", day).stream()
            .noneMatch(e -> e.code().startsWith("07")));
  }

  @Test
  void likelyToIsAHedgedIntentAndTheAdverbAForecast() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    String likely = "Shultz is likely to visit Peking next month.";
    CodedEvent e = trigger(code(likely, day), likely, "visit");
    assertEquals("036", e.code());
    assertEquals(Modality.PLANNED, e.modality());
    String adverb = "China will likely buy U.S. wheat.";
    assertEquals(Modality.POSSIBLE, trigger(code(adverb, day), adverb, "buy").modality());
  }

  @Test
  void aSpeakerFaultingAnothersPolicyCriticisesItAndDispleasureIsDisapproval() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertEquals(
        Set.of("CAN>USA:111"),
        coded(
            code(
                "Canadian Trade Minister Pat Carney said the U.S. duty on softwood was"
                    + " unjustified.",
                day)));
    assertEquals(
        Set.of("AUS>IGO:111"),
        coded(
            code(
                "The EC farm policy is plain protectionism, Australia's trade minister said.",
                day)));
    assertEquals(
        Set.of("NOR>USA:110", "NOR>GBR:110"),
        coded(
            code(
                "Gro Harlem Brundtland, prime minister of Norway, said she was sceptical of the"
                    + " U.S.-British plan on fishing.",
                day)));
    assertTrue(
        code("Canada said the U.S. duty on softwood was not unfair.", day).isEmpty(),
        "a judgement denied faults nobody");
    assertTrue(
        code("Canada will retaliate for alleged unfair practices, officials said.", day).stream()
            .noneMatch(e -> e.code().equals("111")),
        "an alleged fault is not the speaker's judgement");
  }

  @Test
  void anAttackCrushedOrRepelledIsTheAttackersOnTheDefender() {
    LocalDate day = LocalDate.of(1987, 2, 4);
    assertTrue(
        coded(code("Chad said its troops crushed a Libyan attack on Fada.", day))
            .contains("LBY>TCD:190"));
    assertTrue(
        coded(
                code(
                    "Chad said its troops repelled an attack by two battalions of Libyan"
                        + " soldiers.",
                    day))
            .contains("LBY>TCD:190"));
  }

  @Test
  void aCountryQualifyingGoodsAfterForIsNoPartnerOfABoost() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertTrue(code("The EC has enlarged its tender for French and Danish barley.", day).isEmpty());
    assertEquals(
        Set.of("IGO>FRA:073"),
        coded(code("The EC has enlarged its aid for France.", day)),
        "a country named for itself after 'for' is the one aided");
  }

  @Test
  void aPlaceVisitedIsNoMeetingsOwnerAndAPurchaseWeighedIsNoAct() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertTrue(
        code("A team will visit Tokyo next month for talks with IMF officials.", day).isEmpty(),
        "the team has no country; Tokyo is where it goes");
    assertTrue(
        code("Japan is considering buying a U.S.-built supercomputer, officials said.", day)
            .stream()
            .noneMatch(e -> e.modality() == Modality.ASSERTED));
  }

  @Test
  void penaltiesImposedAndSanctionsARelativeClauseImposesAreSanctions() {
    LocalDate day = LocalDate.of(1987, 5, 4);
    assertEquals(
        Set.of("USA>JPN:163"),
        coded(code("President Reagan imposed penalties over Japan's chip dumping.", day)));
    assertEquals(
        Set.of("USA>JPN:163"),
        coded(code("The tariffs President Reagan imposed on Japanese goods angered Tokyo.", day)));
  }

  @Test
  void sanctionsAVetoedResolutionAsksForAreNotImposedAndAPluralsPossessiveMarksANoun() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("FRA>IGO:129"),
        coded(
            code(
                "France vetoed a Security Council resolution to impose sanctions against Chile.",
                day)));
    assertTrue(
        coded(code("Canada backed the United States' attack on an Iranian oil platform.", day))
            .contains("USA>IRN:190"));
  }

  @Test
  void examiningAnothersDocumentIsNoActTowardItsAuthor() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertTrue(
        code("Canada will re-examine a letter from Japanese Prime Minister Nakasone.", day)
            .isEmpty());
    assertTrue(
        code("France said it would review EC Commission proposals on farm prices.", day).isEmpty());
  }

  @Test
  void aPastFormAfterAnIndefiniteSubjectWithItsAgentNounIsTheVerb() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("IRN>CYP:190"),
        coded(code("An Iranian gunboat fired missiles at a Cypriot tanker.", day)));
    assertTrue(
        code("Iraq rejected a U.S. backed plan.", day).stream()
            .noneMatch(e -> e.code().equals("050") && e.target() != null),
        "a name before the participle still modifies the noun after it");
  }

  @Test
  void aMeetingTheSpeakerReportsWithAnotherIsTheSpeakersMeeting() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("DEU>USA:040", "USA>DEU:040"),
        coded(
            code(
                "West German Finance Minister Gerhard Stoltenberg said the meeting on Monday with"
                    + " U.S. Treasury Secretary James Baker underscored their determination.",
                day)));
    assertEquals(
        Set.of("USA>JPN:046", "JPN>USA:046"),
        coded(
            code(
                "Talks with Japan had been useful, U.S. Trade Representative Clayton Yeutter said.",
                day)));
    assertTrue(
        code(
                "Exporters are worried, he told reporters after meeting U.S. and Japanese officials.",
                day)
            .stream()
            .noneMatch(e -> e.target() != null),
        "a meeting after which one unnamed spoke dates the words; its party is not known");
  }

  @Test
  void aCompanyDescribedBeforeItsNameIsItsCountrysActor() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("FRA>USA:0311"),
        coded(
            code(
                "French state-owned aluminium and special metals group Pechiney is planning to"
                    + " sell 25 pct of a Canadian aluminium plant to the U.S.'s Reynolds Metals Co.",
                day)),
        "the buyer is the one sold to, not the owner of the plant sold");
    assertEquals(
        Set.of("JPN>USA:061"), coded(code("Japan sold Australian bonds to the U.S.", day)));
  }

  @Test
  void negotiatingIsNegotiationOnBothSidesNotAConcession() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("JPN>USA:046", "USA>JPN:046"),
        coded(code("Japan negotiated with the United States on rice imports.", day)));
    assertEquals(
        Set.of("ESP>USA:046", "USA>ESP:046"),
        coded(
            code(
                "Spanish property firm Renta Inmobiliaria SA is negotiating to buy the assets of"
                    + " U.S. media company Cannon Group Inc.",
                day)));
  }

  @Test
  void concernVoicedOverAnotherIsDisapproval() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("JPN>USA:110"), coded(code("Japan voiced concern over U.S. tariffs.", day)));
    assertTrue(
        coded(
                code(
                    "Chirac came to present France's concern that the United States might ignore"
                        + " European security interests.",
                    day))
            .contains("FRA>USA:110"));
    assertTrue(
        coded(code("Japan voiced concern over the situation.", day)).stream()
            .noneMatch(e -> e.contains(":11")),
        "concern over no other actor is a pessimistic comment");
  }

  @Test
  void aCoerciveActHeldOutOnAConditionIsAThreatMadeNow() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("GBR>JPN:131"),
        coded(
            code(
                "Britain may revoke the licences of Japanese banks if progress is not made.",
                day)));
    assertTrue(
        code("The U.S. could revoke the licences of Japanese banks.", day).stream()
            .noneMatch(e -> e.code().startsWith("13")),
        "a mere possibility with no condition is no threat");
  }

  @Test
  void membersOfALegislatureActForIt() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("TWN>TWN:111", "TWN>TWN:020"),
        coded(
            code(
                "About 20 members of the Taiwan parliament criticised the government for holding"
                    + " too much of its reserves in dollars and asked the cabinet to diversify them.",
                day)));
  }

  @Test
  void anAppealThatFailedToPersuadeWasStillMade() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    List<CodedEvent> events =
        code("Egypt has failed to persuade Washington to reduce interest rates.", day);
    assertEquals(Set.of("EGY>USA:020"), coded(events));
    assertFalse(events.get(0).negated());
    assertTrue(
        code("Japan failed to reach agreement with the U.S.", day).stream()
            .allMatch(CodedEvent::negated),
        "an agreement not reached is still not reached");
  }

  @Test
  void recommendationsAndAdviceAreAppealsToTheOneWhoAnswersThem() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("IDN>IGO:120", "IGO>IDN:020"),
        coded(code("Indonesia rejected World Bank recommendations for sweeping reforms.", day)));
    assertTrue(
        coded(code("Japan accepted a U.S. request for talks.", day)).contains("USA>JPN:020"));
    assertEquals(
        Set.of("IRN>IGO:122", "IGO>IRN:020"), coded(code("Iran ignored a U.N. appeal.", day)));
    assertEquals(Set.of("IRN>USA:120"), coded(code("Iran ignored the United States.", day)));
  }

  @Test
  void eachBuyerOfAListOfSalesIsSoldTo() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("USA>JOR:061", "USA>IRQ:061", "USA>DZA:061"),
        coded(
            code(
                "U.S. exporters reported sales of 200,000 tonnes of wheat to Jordan, 300,000"
                    + " tonnes of soybean meal to Iraq and 100,000 tonnes of corn to Algeria.",
                day)));
    assertEquals(
        Set.of("JPN>THA:061"),
        coded(code("Japan sold rice to Thailand and talked to Korea.", day)));
  }

  @Test
  void aContractWonFromACustomerIsItsPurchase() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("SWE>FRA:061"),
        coded(
            code(
                "Alcatel, the French subsidiary of Alcatel NV, has won a 15 mln franc contract"
                    + " from the Swedish armed forces for transmission equipment.",
                day)));
  }

  @Test
  void opposingAnothersPlanOrMembershipRejectsIt() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("USA>SUN:120"),
        coded(code("Baker said the U.S. opposes Soviet membership of the World Bank.", day)));
    assertEquals(
        Set.of("GBR>IGO:120", "DEU>IGO:120"),
        coded(code("Britain and West Germany opposed a proposed EC tax on edible oils.", day)));
  }

  @Test
  void aCompanyNamedWithoutItsCountryActsForTheOwnerItsAppositionNames() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("KOR>JPN:030"),
        coded(
            code(
                "<Goldstar Precision Co Ltd>, part of South Korea's <Lucky-Goldstar Group>, agreed"
                    + " with Japan's Canon Inc to make cameras.",
                day)));
    assertTrue(
        code(
                "The packages, part of special EC trade agreements with Tunisia and Egypt, include"
                    + " 615 mln Ecus in grants.",
                day)
            .isEmpty(),
        "no company's name before the apposition");
  }

  @Test
  void anActorSetApartAlongWithTheSubjectSharesItsAct() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("JPN>IRN:163", "USA>IRN:163", "GBR>IRN:163"),
        coded(
            code(
                "Japan, together with the United States and Britain, imposed sanctions on Iran.",
                day)));
    assertEquals(
        Set.of("JPN>IRN:163"),
        coded(code("Japan imposed sanctions on Iran, along with Iraq.", day)),
        "not set apart: whether Iraq imposed or bore them is not said");
  }

  @Test
  void aPurchaseCalledOffReducesRelationsWithTheSeller() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("BRA>SAU:160"),
        coded(
            code(
                "Brazil's state oil company Petrobras cancelled a 40 mln dlr crude oil purchase"
                    + " from Saudi Arabia.",
                day)));
    assertTrue(
        code("Japan did not cancel its purchase of U.S. corn.", day).stream()
            .noneMatch(e -> e.code().startsWith("16")),
        "a purchase not cancelled cuts nothing");
  }

  @Test
  void anAttackTheSubjectComesUnderAndLossesInflictedAreForce() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(Set.of("IRN>KWT:190"), coded(code("Kuwait came under attack by Iran.", day)));
    assertEquals(
        Set.of("IRN>IRQ:190"),
        coded(code("Iranian troops inflicted severe losses on Iraqi troops.", day)));
    assertEquals(
        Set.of("IRN>CYP:190"),
        coded(
            code(
                "A Cypriot tanker was set ablaze after an Iranian gunboat fired missiles at it.",
                day)),
        "a ship is what \"it\" refers to");
  }

  @Test
  void agreeingAfterAMeetingIsAnAgreementWithThoseMet() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    Set<String> events = // a second sentence: its words are found by their offsets in the text
        coded(
            code(
                "The dollar was steady. U.S. Treasury Secretary James Baker met West German"
                    + " Finance Minister Gerhard Stoltenberg today and agreed to support the Louvre"
                    + " pact.",
                day));
    assertTrue(events.containsAll(Set.of("USA>DEU:030", "DEU>USA:030")), events.toString());
    assertTrue(
        coded(
                code(
                    "U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard"
                        + " Stoltenberg today and did not agree to support the pact.",
                    day))
            .stream()
            .noneMatch(e -> e.endsWith(":030")),
        "no agreement when none was reached");
  }

  @Test
  void anAgreementInPrincipleIsAnIntentAndVisitsByDelegationsAreNoThirdParty() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("FRA>DEU:030", "DEU>FRA:030"),
        coded(
            code(
                "French Defence Minister Andre Giraud and his West German counterpart Manfred"
                    + " Woerner had \"agreed in principle\" on a common concept for the helicopter.",
                day)));
    assertEquals(
        Set.of("ISR>SUN:030", "SUN>ISR:030"),
        coded(
            code(
                "Israel and the Soviet Union have agreed to exchange visits by delegations.",
                day)));
  }

  @Test
  void talksHeldAloneInAnotherStatesCapitalAreAVisitThere() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertTrue(
        coded(code("Soviet deputy prime minister Alexei Antonov held talks in Bonn.", day))
            .contains("SUN>DEU:042"));
    assertTrue(
        coded(code("Soviet deputy prime minister Alexei Antonov held talks in Moscow.", day))
            .stream()
            .noneMatch(e -> e.contains(":042")),
        "talks at home are no visit");
  }

  @Test
  void companiesOwnedByTwoStatesNamedTogetherAreBothTheSubject() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("ITA>FRA:046", "FRA>ITA:046"),
        coded(
            code(
                "Italy's state-controlled telecommunications company <Stet> and France's"
                    + " Thomson-CSF said they were negotiating a deal.",
                day)));
    assertTrue(
        coded(code("Iran's attack on Iraq and Kuwait was condemned.", day))
            .contains("IRN>IRQ:190"));
  }

  @Test
  void twoPartiesAgreeingOnFlightsOverAPlaceAgreeWithEachOther() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("GBR>JPN:030", "JPN>GBR:030"),
        coded(code("Britain and Japan agreed to operate 12 flights a week over Siberia.", day)));
  }

  @Test
  void theOwnerOfADecisionOrOfferToActIntendsTheAct() {
    LocalDate day = LocalDate.of(1987, 6, 10);
    assertTrue(
        coded(code("Egypt's decision to attack Libya was criticised.", day))
            .contains("EGY>LBY:138"));
    assertTrue(
        coded(
                code(
                    "No action has been taken yet on the Reagan Administration's offer to escort"
                        + " Kuwaiti oil tankers through the Gulf.",
                    day))
            .contains("USA>KWT:0334"));
    assertEquals(
        Set.of("IRN>KWT:138"),
        coded(code("Iran's recent threat to attack Kuwaiti tankers alarmed the region.", day)),
        "a threat to attack is a threat of force, no attack");
  }

  @Test
  void theActorBeforeAClosedRelativeClauseIsTheSubjectOfTheVerbAfterIt() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("IGO>IDN:042", "IGO>IDN:036"),
        coded(
            code(
                "World Bank President Barber Conable, who flew to Indonesia yesterday, will meet"
                    + " with President Suharto.",
                day)),
        "the guest intends to meet; the host is no party to the intent");
    assertTrue(
        coded(
                code(
                    "James Baker, who arrived in Tokyo on Monday, met Japanese Finance Minister"
                        + " Kiichi Miyazawa.",
                    day))
            .containsAll(Set.of("USA>JPN:040", "JPN>USA:040")));
  }

  @Test
  void aChargeThatAnotherStateActsIsAnAccusationWhateverTheAct() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    assertEquals(
        Set.of("USA>CAN:112"),
        coded(
            code(
                "U.S. Ambassador Michael Samuels charged during the Council debate that Canada"
                    + " was trying to preserve domestic jobs.",
                day)));
    assertTrue(
        coded(
                code(
                    "Kuwait rejected charges that fishing vessels seized by Iran were spy boats.",
                    day))
            .stream()
            .noneMatch(e -> e.endsWith(":112")),
        "charges rejected are no accusation by the one who rejects them");
  }

  @Test
  void aStateJoiningAnOrganisationAccedesToIt() {
    LocalDate day = LocalDate.of(1999, 3, 12);
    assertEquals(
        Set.of("POL>IGO:057", "HUN>IGO:057", "CZE>IGO:057"),
        coded(code("Poland, Hungary and the Czech Republic formally joined NATO on Friday.", day)));
    assertEquals(
        Set.of("POL>IGO:057"),
        coded(code("Poland today became a full-fledged member of NATO.", day)));
    assertEquals(Set.of("POL>IGO:057"), coded(code("Poland acceded to NATO on Friday.", day)));
    assertTrue(
        code("Spain will not join NATO.", day).stream().allMatch(CodedEvent::negated), "negated");
    assertEquals(
        Set.of(),
        coded(code("Turkey's minister set a date for its application to join the EC.", day)),
        "an application to join is no entry");
  }

  @Test
  void condemningAnAttackIsAimedAtItsDoerNotItsVictims() {
    LocalDate day = LocalDate.of(1998, 8, 8);
    assertTrue(
        code("Iran condemned the bombing of U.S. embassies in Kenya and Tanzania on Saturday.", day)
            .stream()
            .allMatch(e -> e.target() == null),
        "no one named did it: the condemnation has no target");
    assertTrue(
        coded(code("Iran condemned the attack by Iraq on Kuwait.", day)).contains("IRN>IRQ:112"));
    assertTrue(
        coded(code("Syria condemned Israel for its attack on Lebanon.", day))
            .contains("SYR>ISR:112"));
    assertTrue(
        coded(code("Iran condemned the Israeli bombing of Lebanon.", day)).contains("IRN>ISR:111"));
  }

  @Test
  void anInvitationIsAnIntentToMeetAndAnAllegedAttackAnAccusation() {
    LocalDate day = LocalDate.of(1999, 2, 20);
    assertEquals(
        Set.of("USA>POL:036", "USA>HUN:036"),
        coded(
            code(
                "Secretary of State Madeleine Albright has invited the foreign ministers of"
                    + " Poland and Hungary to a ceremony on March 12.",
                day)));
    assertEquals(
        Set.of("USA>SAU:112"),
        coded(
            code(
                "American authorities allege the attacks were plotted by Saudi terrorist Osama"
                    + " bin Laden.",
                day)));
  }

  @Test
  void thePresentTenseDatedByAWeekdayIsToCome() {
    LocalDate friday = LocalDate.of(1998, 5, 1);
    assertEquals(
        Set.of("PSE>USA:036", "USA>PSE:036"),
        coded(
            code(
                "Palestinian leader Yasser Arafat meets Monday with US Secretary of State"
                    + " Madeleine Albright.",
                friday)),
        "a present dated by a weekday is a plan");
    assertEquals(
        Set.of("PSE>USA:040", "USA>PSE:040"),
        coded(
            code("Palestinian leader Yasser Arafat met Monday with Madeleine Albright.", friday)));
    assertEquals(
        Set.of("RUS>USA:036", "USA>RUS:036"),
        coded(code("Boris Yeltsin will meet with Bill Clinton.", friday)));
  }

  @Test
  void strikesLaunchedAgainstAllegedTargetsInAStateStrikeThatState() {
    LocalDate day = LocalDate.of(1998, 8, 21);
    assertTrue(
        coded(
                code(
                    "U.S. forces Thursday launched cruise missile strikes against alleged"
                        + " terrorist camps in Afghanistan.",
                    day))
            .contains("USA>AFG:194"));
  }

  @Test
  void aStateDecidingToSendAPersonBackIntendsToReturnThem() {
    LocalDate day = LocalDate.of(2000, 1, 6);
    assertEquals(
        Set.of("USA>CUB:0841"),
        coded(code("The U.S. government decided to return the boy to Cuba.", day)));
    assertEquals(
        Set.of("USA>CUB:0841"),
        coded(
            code(
                "The U.S. government decision to return Elian Gonzalez to Cuba was criticised.",
                day)));
    assertTrue(
        coded(code("President Fidel Castro returned to Cuba on Monday.", day)).isEmpty(),
        "a journey home returns no one");
  }

  @Test
  void aReadinessToTalkIsOneSidesIntentAndADemandedActIsNotDone() {
    LocalDate day = LocalDate.of(2010, 6, 1);
    assertEquals(
        Set.of("CUB>USA:036"), coded(code("Cuba was also willing to talk to the US.", day)));
    assertEquals(
        Set.of("GBR>USA:040", "USA>GBR:040"),
        coded(code("British Prime Minister David Cameron talked to Obama on Friday.", day)));
    assertTrue(
        code(
                "Sarney rejected calls from foreign creditors that the government talk to the"
                    + " International Monetary Fund.",
                day)
            .stream()
            .noneMatch(
                e ->
                    e.code().startsWith("04") && !e.negated() && e.modality() == Modality.ASSERTED),
        "talks demanded are not held");
  }

  @Test
  void craftNamedByAStateAreItsOwn() {
    LocalDate day = LocalDate.of(2010, 1, 20);
    assertEquals(
        Set.of("USA>HTI:073"), coded(code("U.S. helicopters delivered aid to Haiti.", day)));
    assertEquals(
        Set.of("USA>HTI:073"),
        coded(code("The United States delivered aid supplies in Port-au-Prince.", day)),
        "aid delivered in a state's place is aid to it");
  }

  @Test
  void attacksFromLawmakersAreWordsNotForce() {
    LocalDate day = LocalDate.of(2010, 7, 27);
    assertTrue(
        coded(
                code(
                    "Dudley thanked the British government in the face of harsh attacks from U.S."
                        + " lawmakers.",
                    day))
            .stream()
            .noneMatch(e -> e.endsWith(":190")));
  }

  @Test
  void aSpeechGivenInAnotherStateIsAVisitThere() {
    LocalDate day = LocalDate.of(2009, 5, 8);
    assertEquals(
        Set.of("USA>EGY:036"),
        coded(
            code(
                "U.S. President Barack Obama will deliver a much anticipated speech to the Muslim"
                    + " world in Egypt next month.",
                day)));
    assertEquals(
        Set.of("USA>EGY:042"),
        coded(
            code(
                "Former U.S. Secretary of State Condoleezza Rice gave a major policy speech in"
                    + " Egypt in 2005.",
                day)));
  }

  @Test
  void aidPlanesAndRescueTeamsArrivingBringAid() {
    LocalDate day = LocalDate.of(2010, 1, 15);
    assertEquals(
        Set.of("USA>HTI:073", "CHN>HTI:073"),
        coded(
            code(
                "A few US aid planes and a 50-strong Chinese rescue team with sniffer dogs have"
                    + " landed at the airport serving the capital, Port-au-Prince.",
                day)),
        "aid to the place reached, nothing between the two senders");
    assertEquals(
        Set.of("IGO>HTI:070"),
        coded(code("EU aid to Haiti is channelled through the UN.", day)),
        "a state's aid handled is aid");
  }

  @Test
  void officialsWhoWillBeInAnotherStateIntendToVisitIt() {
    LocalDate day = LocalDate.of(2011, 9, 29);
    assertEquals(
        Set.of("IGO>GRC:036"), coded(code("IMF officials will be back in Athens today.", day)));
    assertEquals(Set.of("IGO>GRC:042"), coded(code("IMF officials are in Athens this week.", day)));
  }

  @Test
  void speculationAndUrgingReportNoActAndSeekingApprovalIsARequest() {
    LocalDate day = LocalDate.of(1987, 4, 10);
    for (String sentence :
        List.of(
            "Grain traders continued to speculate that the Reagan administration will offer"
                + " subsidized wheat to the Soviet Union.",
            "The committee urged the Reagan administration offer EEP wheat to the Soviet Union.")) {
      assertTrue(
          code(sentence, day).stream()
              .filter(e -> e.target() != null && e.target().country().equals("SUN"))
              .allMatch(e -> e.modality() == Modality.POSSIBLE),
          sentence);
    }
    assertEquals(
        Set.of("NLD>USA:020"),
        coded(code("A Dutch company has sought U.S. approval to buy the shares.", day)));
  }

  @Test
  void anActAfterAStanceTakenInItIsTheSubjects() {
    LocalDate day = LocalDate.of(1998, 2, 1);
    assertTrue(
        coded(
                code(
                    "Washington and London are virtually alone in warning Iraq of military"
                        + " strikes.",
                    day))
            .containsAll(Set.of("USA>IRQ:130", "GBR>IRQ:130")));
  }

  @Test
  void aHeadlineRunningIntoTheStoryEndsBeforeItsFirstArticle() {
    LocalDate day = LocalDate.of(2012, 12, 12);
    assertTrue(
        code(
                "Iran launches missile The United States, France and Britain were quick to condemn"
                    + " the test.",
                day)
            .stream()
            .noneMatch(e -> e.source().country().equals("IRN") && e.target() != null),
        "the launch in the headline has no target in the story's subject");
    assertEquals(
        List.of(3),
        PatternEventCoder.runOnStarts(
            WordTokenizer.words("Iran launches missile The United States condemned the test.")));
    for (String inSentence :
        List.of(
            "The minister told The Guardian that talks would resume.",
            "The envoy visited The Hague on Monday.",
            "The company issued class A shares to investors.")) {
      assertEquals(
          List.of(), PatternEventCoder.runOnStarts(WordTokenizer.words(inSentence)), inSentence);
    }
  }

  @Test
  void callingAStateSomethingIsNoTelephoneCall() {
    LocalDate day = LocalDate.of(2016, 3, 1);
    assertEquals(Set.of(), coded(code("Russia has called Ukraine a puppet of the West.", day)));
    assertTrue(
        coded(code("Russia called Ukraine a week ago to discuss the gas debt.", day))
            .contains("RUS>UKR:041"));
  }

  @Test
  void aPresentAfterOnceOrUntilUnderAFutureIsAConditionNotAnAct() {
    LocalDate day = LocalDate.of(1990, 9, 15);
    for (String sentence :
        List.of(
            "The embargo will remain in place until Iraq pays reparations to Kuwait.",
            "The boy would be handed over once the Cuban delegation arrives in the United States.")) {
      List<CodedEvent> events = code(sentence, day);
      assertTrue(
          events.stream()
              .filter(e -> e.target() != null)
              .allMatch(e -> e.modality() == Modality.POSSIBLE),
          sentence + ": " + events);
      assertFalse(events.isEmpty(), sentence);
    }
  }

  @Test
  void honouringSanctionsIsComplianceNotPraise() {
    LocalDate day = LocalDate.of(1990, 9, 15);
    assertEquals(Set.of(), coded(code("Japan is honoring the sanctions against Iraq.", day)));
    assertEquals(Set.of("JPN>IRQ:051"), coded(code("Japan honored the Iraqi president.", day)));
  }

  @Test
  void dismissingAnOfferRejectsIt() {
    LocalDate day = LocalDate.of(2017, 12, 1);
    assertEquals(
        Set.of("JPN>CHN:120"), coded(code("Japan dismissed a Chinese call for talks.", day)));
    assertEquals(
        Set.of("JPN>CHN:110"), coded(code("Japan dismissed the Chinese ambassador.", day)));
  }

  @Test
  void placingAStatesFirmsOnASanctionsListSanctionsIt() {
    LocalDate day = LocalDate.of(2017, 12, 1);
    assertEquals(
        Set.of("USA>RUS:163"),
        coded(code("The U.S. placed two Russian banks on its sanctions list.", day)));
  }

  @Test
  void aSpeechInAnotherStateOpeningTheSentenceIsTheSpeakersVisit() {
    LocalDate day = LocalDate.of(2018, 1, 30);
    for (String sentence :
        List.of(
            "In a speech in Davos, Switzerland, the British prime minister said reforms were"
                + " needed.",
            "In a speech in Cairo last week, the British prime minister said reforms were needed.")) {
      assertTrue(
          coded(code(sentence, day)).stream()
              .anyMatch(x -> x.startsWith("GBR>") && x.endsWith(":042")),
          sentence);
    }
    assertEquals(
        Set.of(),
        coded(
            code(
                "In a speech on Monday, the British prime minister said reforms were needed.",
                day)));
  }

  @Test
  void aNounPhraseBeforeTheNamesOfAListIsNoVerb() {
    LocalDate day = LocalDate.of(1987, 3, 5);
    Set<String> codes =
        coded(
            code("Britain and key trade partners Japan and Canada met in London on Monday.", day));
    assertTrue(
        codes.containsAll(Set.of("GBR>JPN:040", "JPN>CAN:040", "CAN>GBR:040")), codes.toString());
  }

  @Test
  void theAttendeesOfAMeetingInAStateMeetEachOtherThere() {
    LocalDate day = LocalDate.of(1987, 3, 5);
    Set<String> codes =
        coded(
            code(
                "The Managua meeting was attended by ministers from Brazil, Mexico and Nicaragua.",
                day));
    assertTrue(
        codes.containsAll(Set.of("BRA>NIC:042", "BRA>MEX:040", "MEX>NIC:040", "NIC>BRA:040")),
        codes.toString());
    assertTrue(codes.stream().noneMatch(x -> x.startsWith("NIC>NIC")), codes.toString());
  }

  @Test
  void aDisputeThatAnActContributesToIsGoingOnButOneEndedIsNot() {
    LocalDate day = LocalDate.of(2009, 5, 5);
    assertEquals(
        Set.of("JPN>KOR:111", "KOR>JPN:111"),
        coded(
            code(
                "The tariffs contributed to a trade dispute between Japan and South Korea.", day)));
    assertEquals(
        Set.of("GBR>ESP:111", "ESP>GBR:111"),
        coded(code("Prices rose amid a row between Britain and Spain.", day)));
    assertEquals(
        Set.of(),
        coded(code("The talks brought an end to the dispute between Japan and South Korea.", day)));
  }

  @Test
  void whatAStateThreatensToDoIsAThreatNotTheAct() {
    LocalDate day = LocalDate.of(1987, 4, 5);
    for (String sentence :
        List.of(
            "The U.S. threat to impose tariffs on Japanese goods angered Tokyo.",
            "The U.S. threat on Friday to impose tariffs on Japanese goods angered Tokyo.")) {
      Set<String> codes = coded(code(sentence, day));
      assertTrue(codes.contains("USA>JPN:1312"), sentence + ": " + codes);
      assertFalse(codes.contains("USA>JPN:163"), sentence + ": " + codes);
    }
  }

  @Test
  void aWordOfANounCompoundIsNoVerb() {
    LocalDate day = LocalDate.of(1987, 4, 5);
    assertFalse(
        coded(code("The secret U.S. arms sales to Iran angered Congress.", day))
            .contains("USA>IRN:062"),
        "arms sales: no arming");
    assertEquals(
        Set.of(),
        coded(
            code(
                "Perle, a staunch critic of U.S.-Soviet arms control agreements, has served as"
                    + " assistant defense secretary since 1981.",
                day)));
  }

  @Test
  void theObjectBetweenAVerbAndItsParticleIsItsTarget() {
    LocalDate day = LocalDate.of(1987, 4, 5);
    assertTrue(
        coded(code("Iraqi planes intercepted an Iranian jet and shot it down.", day))
            .contains("IRQ>IRN:190"));
  }
}
