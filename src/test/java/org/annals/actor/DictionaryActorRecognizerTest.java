package org.annals.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class DictionaryActorRecognizerTest {

  private static final LocalDate SEED_DATE = LocalDate.of(2012, 4, 23);
  private final ActorRecognizer recognizer = ActorRecognizer.standard();

  static String seed() throws IOException {
    try (InputStream in =
        DictionaryActorRecognizerTest.class.getResourceAsStream(
            "/events/tajikistan-2012-04-23.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private List<ActorMention> find(String text, LocalDate date) {
    return recognizer.find(text, SentenceSplitter.standard().split(text), date);
  }

  private static ActorMention at(List<ActorMention> mentions, String text) {
    for (ActorMention m : mentions) {
      if (m.text().equals(text)) {
        return m;
      }
    }
    throw new AssertionError("no mention '" + text + "' in " + mentions);
  }

  @Test
  void countriesDemonymsAndCapitals() throws IOException {
    List<ActorMention> m = find(seed(), SEED_DATE);
    assertEquals("TJK", at(m, "Tajikistan").code());
    assertEquals("Tajikistan", at(m, "Tajikistan").name());
    assertEquals("RUS", at(m, "Russia").code());
    assertEquals("Russia", at(m, "Moscow").name());
    assertEquals("RUS", at(m, "Moscow").code());
    assertEquals("TJK", at(m, "Dushanbe").code());
    assertEquals("EST", at(m, "Estonian colleague").code());
    assertEquals("AFG", at(m, "Afghanistan").code());
  }

  @Test
  void igosAsCameoCodesThem() throws IOException {
    assertEquals("IGOWSTNAT", at(find(seed(), SEED_DATE), "NATO").code());
    assertEquals("NATO", at(find(seed(), SEED_DATE), "NATO").name());
    List<ActorMention> m =
        find("The United Nations and the European Union called for calm.", SEED_DATE);
    assertEquals("IGOUNO", m.get(0).code());
    assertEquals("United Nations", m.get(0).name());
    assertEquals("IGOEUREEC", m.get(1).code());
    assertEquals("European Union", m.get(1).name());
  }

  @Test
  void rolesAfterCountries() throws IOException {
    List<ActorMention> m = find(seed(), SEED_DATE);
    assertEquals("TJKGOV", at(m, "Tajik President Imomali Rakhmon").code());
    assertEquals("IGOWSTNATMIL", at(m, "NATO forces").code());
    assertEquals("RUS", at(m, "Russian pilot").country());
    assertEquals("Russian pilot", at(m, "Russian pilot").name());
    List<ActorMention> s =
        find("Syrian rebels attacked government troops near Aleppo on Monday.", SEED_DATE);
    assertEquals("SYRREB", at(s, "Syrian rebels").code());
    ActorMention troops = at(s, "government troops");
    assertEquals("SYRMIL", troops.code());
    assertTrue(troops.resolved());
  }

  @Test
  void aRoleOfADirectionalPlaceIsThatPlacesCountry() {
    List<ActorMention> m =
        find(
            "Israel on Wednesday released the mayor of the northern West Bank city of Nablus.",
            SEED_DATE);
    assertEquals("PSEGOV", m.get(1).code(), m.toString());
  }

  @Test
  void aCompanyOfANamedCountryIsThatCountrysBusiness() {
    List<ActorMention> m =
        find(
            "<Ecolab Co> of the United States signed a contract with Tokyo-based Nippon Oil Co"
                + " Ltd and Britain's Imperial Chemical Industries PLC.",
            SEED_DATE);
    assertEquals("USABUS", m.get(0).code(), m.toString());
    assertEquals("Ecolab Co", m.get(0).name());
    assertEquals("JPNBUS", m.get(1).code(), m.toString());
    assertEquals("GBRBUS", m.get(m.size() - 1).code(), m.toString());
    List<ActorMention> unknown = find("Cineplex Corp said it would buy shares.", SEED_DATE);
    for (ActorMention x : unknown) {
      assertFalse(x.code().endsWith("BUS") && x.code().length() == 6, x.toString());
    }
  }

  @Test
  void aCompanyWithATickerOrInBracketsOfANamedCountry() {
    List<ActorMention> m =
        find(
            "Mobil Corp <MOB.N> of the U.S. plans an office, and <Banco de Santander> of Spain"
                + " bought a stake.",
            SEED_DATE);
    assertEquals(List.of("USABUS", "ESPBUS"), codes(m), "and the ticker MOB is no mob");
    assertEquals("Mobil Corp", m.get(0).name());
    assertEquals("Banco de Santander", m.get(1).name());
  }

  @Test
  void aSurnameAloneIsTheOnePersonOfThatNameInOfficeOnTheDay() {
    LocalDate spring1987 = LocalDate.of(1987, 4, 1);
    assertEquals(
        List.of("JPNGOV", "SUNGOV", "USAGOV"),
        codes(find("Nakasone met Gorbachev, and Mrs Thatcher spoke to Reagan.", spring1987))
            .stream()
            .distinct()
            .filter(c -> !c.equals("GBRGOV"))
            .toList());
    assertEquals(
        List.of("GBRGOV"), codes(find("Mrs Thatcher left.", spring1987)), "a courtesy title");
    assertEquals(
        List.of(),
        codes(find("Banks said the Baker plan and Baker Hughes had failed.", spring1987)),
        "no name standing alone");
    assertEquals(
        List.of(),
        codes(find("Nakasone spoke.", LocalDate.of(2005, 4, 1))),
        "out of office, a surname alone names no one");
    assertEquals(
        List.of("JPNGOV", "USAGOV"),
        codes(find("Although Nakasone met Reagan, the yen rose.", spring1987)),
        "after a conjunction that opens the sentence");
    assertEquals(
        List.of(),
        codes(find("Although Baker Hughes gained, oil fell.", spring1987)),
        "still no name followed by another capitalised word");
  }

  @Test
  void aSurnameAloneNamesTheHeadOfAnInternationalOrganisationInOffice() {
    assertEquals(
        List.of("IGOUNODEVWBK"), codes(find("Conable spoke on Friday.", LocalDate.of(1987, 4, 1))));
    assertEquals(
        List.of(),
        codes(find("Conable spoke on Friday.", LocalDate.of(1995, 4, 1))),
        "out of office");
  }

  @Test
  void aNameAfterATitleAndAnHonorificIsTheTitlesHolder() {
    assertEquals(
        List.of("GBRGOV", "GBRGOV"),
        codes(
            find("British Foreign Secretary Sir Geoffrey Howe spoke.", LocalDate.of(1987, 10, 20))),
        "an IGO office the dictionaries date to 1986 does not take the British minister of 1987");
  }

  @Test
  void aMultinationalNamedWithItsCountryIsThatCountrysBusiness() {
    LocalDate day = LocalDate.of(2010, 6, 1);
    assertEquals(
        List.of("GBRBUS", "USAGOV"),
        codes(find("British oil giant BP has agreed to pay the U.S. government.", day)));
    assertEquals(
        List.of("MNC", "USAGOV"),
        codes(find("BP has agreed to pay the U.S. government.", day)),
        "no country named: a multinational");
    assertEquals(
        List.of("GBRBUS", "USAGOV"),
        codes(find("British Petroleum has agreed to pay the U.S. government.", day)),
        "a multinational whose name opens with a country's adjective is that country's");
    assertFalse(
        codes(find("BP faces criticism over the Gulf of Mexico oil spill BP caused.", day))
            .contains("MEXBUS"),
        "a sea's name is no company's country");
  }

  @Test
  void stateInstitutionsAndNewsAgenciesOfWireCopy() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        List.of("JPN", "USAGOV"), codes(find("MITI told U.S. officials of the cuts.", day)));
    assertEquals(List.of("FRA", "GBR"), codes(find("The Elysee wrote to Downing Street.", day)));
    assertEquals(List.of("SUN", "USA"), codes(find("Tass criticised the United States.", day)));
    assertEquals(
        List.of("RUS", "USA"),
        codes(find("Tass criticised the United States.", LocalDate.of(2005, 4, 1))));
  }

  @Test
  void anOrganisationIsNamedAgainByTheLastWordOfItsName() {
    List<ActorMention> m =
        find(
            "The International Monetary Fund said the Fund would lend to Brazil, and the"
                + " European Community said the Community would not.",
            LocalDate.of(1987, 4, 1));
    assertEquals(List.of("IGOBUSIMF", "IGOBUSIMF", "BRA", "IGOEUREEC", "IGOEUREEC"), codes(m));
    assertTrue(m.get(1).resolved());
  }

  @Test
  void theWarsawPactIsNoPolishActorAndAnOrganizationNoRebelGroup() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        List.of("DEUMIL", "IGOEEU"),
        codes(find("A West German navy ship was hit by shells from a Warsaw Pact vessel.", day)));
    assertEquals(
        List.of("HTI"), codes(find("Haiti joined the International Cocoa Organization.", day)));
  }

  @Test
  void ownPlanesAreTheCountrysMilitary() {
    List<ActorMention> m =
        find("Iraq said its planes attacked an Iranian oil terminal.", SEED_DATE);
    assertEquals("IRQMIL", m.get(1).code(), m.toString());
  }

  @Test
  void aCountryTypedWithALateCapitalAndAfterAHyphenatedAdjective() {
    List<ActorMention> m = find("The US Secretary of state wants to help iSrael", SEED_DATE);
    assertEquals("ISR", m.get(m.size() - 1).code(), m.toString());
    List<ActorMention> d =
        find("Bush will meet exiled dissidents from military-ruled Myanmar.", SEED_DATE);
    assertEquals("MMR", d.get(d.size() - 1).country(), d.toString());
  }

  @Test
  void anInstitutionNamedAfterAPlaceIsNotTheState() {
    List<ActorMention> m =
        find("The bank will apply for a listing on the Tokyo Stock Exchange.", SEED_DATE);
    for (ActorMention x : m) {
      assertFalse(x.country().equals("JPN"), m.toString());
    }
  }

  @Test
  void aMarketsInterbankRateIsNotItsCity() {
    for (String text :
        List.of(
            "Argentina is pressing for a margin of 13/16 pct over the London Interbank Offered Rate.",
            "The loan carries interest at 1/2 point over the London interbank offered rate.")) {
      List<ActorMention> m = find(text, SEED_DATE);
      for (ActorMention x : m) {
        assertFalse(x.country().equals("GBR"), m.toString());
      }
    }
  }

  @Test
  void conjoinedCountriesShareTheRoleOfAnAgentOfPhrase() {
    List<ActorMention> m =
        find("The ambassadors of Russia, China and Iran presented credentials.", SEED_DATE);
    assertEquals("RUSGOV", m.get(0).code());
    assertEquals("CHNGOV", m.get(1).code());
    assertEquals("IRNGOV", m.get(2).code());
  }

  @Test
  void leadersResolvedAgainstTheArticleDate() {
    String text = "Secretary-General Ban Ki-moon criticized the decision.";
    assertEquals("IGOUNO", find(text, LocalDate.of(2010, 5, 1)).get(0).code());
    assertEquals("KOR", find(text, LocalDate.of(2005, 5, 1)).get(0).country());
  }

  @Test
  void leadersToleratingTransliteration() {
    String a = "Emomali Rahmon met the envoy.";
    String b = "Imomali Rakhmon met the envoy.";
    assertEquals("TJKGOV", find(a, SEED_DATE).get(0).code());
    assertEquals("TJKGOV", find(b, SEED_DATE).get(0).code());
  }

  @Test
  void pronounsAndDefiniteReferencesResolveToEarlierActors() throws IOException {
    List<ActorMention> m = find(seed(), SEED_DATE);
    ActorMention he = at(m, "he");
    assertTrue(he.resolved());
    assertEquals("TJKGOV", he.code());
    ActorMention president = at(m, "its president");
    assertTrue(president.resolved());
    assertEquals("TJKGOV", president.code());
    ActorMention nation = at(m, "his impoverished mountainous nation");
    assertEquals("TJK", nation.code());
    ActorMention pilot = at(m, "The pilot");
    assertTrue(pilot.resolved());
    assertEquals("RUS", pilot.country());
    assertEquals("TJK", at(m, "our").code());
    ActorMention later = at(m, "Rakhmon");
    assertEquals("TJKGOV", later.code());
    assertFalse(later.resolved());
  }

  @Test
  void mentionsAreSortedAndDoNotOverlap() throws IOException {
    String text = seed();
    List<ActorMention> m = find(text, SEED_DATE);
    for (int i = 1; i < m.size(); i++) {
      assertTrue(m.get(i).begin() >= m.get(i - 1).end(), m.get(i - 1) + " / " + m.get(i));
    }
    for (ActorMention x : m) {
      assertEquals(x.text(), text.substring(x.begin(), x.end()));
    }
  }

  @Test
  void badInputGivesAnEmptyResult() {
    assertTrue(recognizer.find(null, List.of(), SEED_DATE).isEmpty());
    assertTrue(recognizer.find("Russia", null, null).isEmpty());
    List<Sentence> wrong = List.of(new Sentence(0, 5, 500, "x"));
    assertTrue(recognizer.find("Russia", wrong, null).isEmpty());
    assertNotNull(recognizer.find("", List.of(), null));
  }

  private List<ActorMention> findIn(String sentence) {
    return find(sentence, LocalDate.of(2015, 1, 1));
  }

  private static List<String> codes(List<ActorMention> mentions) {
    return mentions.stream().map(ActorMention::code).toList();
  }

  @Test
  void shortNamesCentralBanksAndClocks() {
    assertEquals("GBR", findIn("UK rescuers searched the rubble.").get(0).country());
    assertEquals("GBR", findIn("The Bank of England bought sterling.").get(0).country());
    assertEquals("DEU", findIn("The Bundesbank raised its rates.").get(0).country());
    assertEquals(
        "USA", findIn("The Commodity Credit Corporation accepted a bid.").get(0).country());
    assertTrue(findIn("The talks began at 10 a.m. Moscow time.").isEmpty(), "a clock, no actor");
    assertTrue(findIn("Rockwell International Corp <ROK> said so.").isEmpty(), "a ticker symbol");
    assertTrue(
        findIn("Finland's state-owned oil company Neste Oy <NEOY.He> said so.").stream()
            .noneMatch(x -> x.text().equals("He")),
        "a ticker's exchange is no pronoun");
  }

  @Test
  void peopleOfRecentNewsFromIcews() {
    LocalDate day = LocalDate.of(2018, 6, 12);
    List<ActorMention> m = find("Trump met Kim Jong-Un in Singapore.", day);
    assertEquals("USAGOV", at(m, "Trump").code());
    assertEquals("PRKGOV", at(m, "Kim Jong-Un").code());
    assertEquals("FRAGOV", at(find("Emmanuel Macron said so.", day), "Emmanuel Macron").code());
    // out of the sample's year, the person's country alone
    assertEquals(
        "KOR", at(find("Moon Jae-in spoke.", LocalDate.of(2009, 1, 1)), "Moon Jae-in").code());
  }

  @Test
  void aShortNameIsNoSpellingOfAnother() {
    assertTrue(
        findIn("George Clooney organised the show.").isEmpty(), "not Grenada's George Clyne");
    assertEquals("TJK", findIn("Imomali Rakhmon met Putin.").get(0).country());
  }

  @Test
  void moscowIsTheSovietUnionUntilItsEnd() {
    assertEquals(
        "SUN", find("Moscow halted its moratorium.", LocalDate.of(1987, 3, 1)).get(0).country());
    assertEquals(
        "RUS", find("Moscow halted its moratorium.", LocalDate.of(2015, 3, 1)).get(0).country());
  }

  @Test
  void companiesTakeTheCountryOfTheirNameOrOfTheirPlace() {
    List<ActorMention> m =
        findIn("<Dorval Co> of the United States signed a deal with North China Chemical Co.");
    assertEquals(List.of("USABUS", "CHNBUS"), codes(m), "no separate United States, China");
    assertEquals(
        "JPNBUS", findIn("Osaka-based Kansai Steel said it would sell plate.").get(0).code());
    assertEquals(
        List.of("GBR", "RUSBUS"),
        codes(findIn("Britain froze the assets of a Moscow-based bank.")));
    assertEquals(List.of("NGO"), codes(findIn("London-based Amnesty International said so.")));
    assertEquals("USABUS", findIn("Ford will take over American Tractor Corp.").get(0).code());
    ActorMention boliden = findIn("Swedish forestry group Norrskog AB bought the mill.").get(0);
    assertEquals("SWEBUS", boliden.code());
    assertEquals("Swedish forestry group Norrskog AB", boliden.text());
  }

  @Test
  void domesticAgentsTakeTheOneCountryTheSentenceNames() {
    assertEquals(
        List.of("SYRREB", "SYR"),
        codes(findIn("Insurgents bombarded a district of Syria's second city, killing two.")));
    // "people" names no one in particular
    assertEquals(
        List.of("SYRREB", "SYR", "---PPL"),
        codes(findIn("Insurgents bombarded a district of Syria's second city, killing people.")));
    assertEquals(
        List.of("BRA"),
        codes(findIn("Brazil's default captured the attention of the international community.")));
    // two countries named: whose rebels they are is not said
    assertEquals(
        List.of("---REB", "SYR", "TUR"),
        codes(findIn("Insurgents shelled a town of Syria near the border with Turkey.")));
    // a country named only through a thing of it is no place
    assertEquals(
        List.of("---GOV", "BRA"),
        codes(findIn("The department will impose duties on Brazilian orange juice.")));
    // companies are as often foreign: no country for them
    assertEquals(List.of("---BUS", "SYR"), codes(findIn("The company opened an office in Syria.")));
  }

  @Test
  void shortNamesOfIntergovernmentalOrganisations() {
    assertEquals(
        List.of("RUS", "IGOEUREEC", "IGOBUSWTO"),
        codes(findIn("Russia criticised the EU and the WTO.")));
  }

  @Test
  void aNarrowerDatedRoleWinsOverALifelongOne() {
    LocalDate secretaryGeneral = LocalDate.of(1987, 4, 1);
    List<Sentence> one = List.of(new Sentence(0, 0, 38, "Javier Perez de Cuellar met the envoy."));
    assertEquals(
        "IGOUNO",
        recognizer
            .find("Javier Perez de Cuellar met the envoy.", one, secretaryGeneral)
            .get(0)
            .code());
    assertEquals(
        "PERGOV",
        recognizer
            .find("Javier Perez de Cuellar met the envoy.", one, LocalDate.of(2001, 4, 1))
            .get(0)
            .code());
  }

  @Test
  void aCompanyPlacedByItsBaseTakesThatCountry() {
    ActorMention bp =
        findIn("Groups filed a suit against British-based oil giant BP Plc on Wednesday.").get(0);
    assertEquals("GBRBUS", bp.code());
  }

  @Test
  void anOrganisationsMembersActAsIt() {
    ActorMention allies = findIn("Turkey's NATO allies called on Greece to avoid action.").get(1);
    assertEquals("IGOWSTNAT", allies.code());
    assertEquals("NATO allies", allies.text());
  }

  @Test
  void aDatelineNamesWhereTheStoryWasFiledNotAnActor() {
    assertEquals(List.of("MNC"), codes(findIn("BONN, March 30 - Sony Corp will increase output.")));
    assertEquals(
        List.of("USA", "GBRBUS"),
        codes(findIn("ATLANTA (Reuters) - U.S. groups sued British-based oil giant BP Plc.")));
    // a dash inside a sentence is no dateline
    assertEquals(
        List.of("RUS", "GEO"), codes(findIn("Russia - the old enemy - attacked Georgia.")));
  }

  @Test
  void aNameAfterHotelNamesABuilding() {
    assertEquals(
        List.of("ESP", "FRA"),
        codes(findIn("Spanish and French teams searched the rubble of the Hotel Montana.")));
  }

  @Test
  void wireDatelinesOfOtherAgenciesAndTheUnderscoreDashAreNoActors() {
    assertEquals(
        List.of("POL", "IGOWSTNAT"),
        codes(findIn("WASHINGTON, March 12 (Xinhua) -- Poland formally joined NATO on Friday.")));
    assertEquals(
        List.of("POL", "IGOWSTNAT"),
        codes(findIn("INDEPENDENCE, MO. (AP)-- Poland became a member of NATO.")));
    assertEquals(List.of("CUB"), codes(findIn("HAVANA (AP ) -- Cuba protested.")));
    assertEquals(List.of("USAGOV"), codes(findIn("MIAMI _ U.S. officials waited.")));
    assertEquals(
        List.of("KOR", "JPN"),
        codes(findIn("SEOUL, Jan. 5 (Yonhap) -- South Korea protested to Japan.")));
  }

  @Test
  void moneyOfACountryIsNoActor() {
    assertEquals(
        List.of("AUSBUS", "AUSBUS"),
        codes(
            findIn(
                "Morgan Guaranty Australia Ltd said it is expanding its 200 mln U.S. Dlr program"
                    + " to include Australian dollar issues.")));
  }

  @Test
  void aPersonsMentionTakesTheRestOfTheName() {
    ActorMention prince =
        findIn("Crown Prince Abdullah bin Abdul Aziz met Vice President Bush on Monday.").get(0);
    assertEquals("Crown Prince Abdullah bin Abdul Aziz", prince.text());
  }

  @Test
  void aSurnameAfterATitleIsTheOfficeHolderNotTheLastStateNamed() {
    List<ActorMention> found =
        find(
            "Japan must cut its surplus, Commerce Secretary Baldrige said.",
            LocalDate.of(1987, 4, 1));
    assertEquals(List.of("JPN", "USAGOV"), codes(found));
  }

  @Test
  void itRefersToACompanyButNotToItsOwnerWhenTheCompanyHasACountry() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(
        List.of("NLDBUS", "NLDBUS"),
        codes(find("KLM Royal Dutch Airlines said it agreed to buy a stake.", day)),
        "an airline's name is one company, not a plural");
    assertEquals(
        List.of("NLDBUS", "NLDBUS"), codes(find("A Dutch airline said it would buy shares.", day)));
    assertEquals(
        List.of("---BUS", "CANBUS", "CANBUS"),
        codes(
            find(
                "<Pacific Western Airlines Corp>'s new Canadian Airlines International Ltd unit"
                    + " said it ordered parts.",
                day)),
        "the unit, not its owner, said it");
  }

  @Test
  void goodsBetweenACountryAndATraderLeaveTheTraderTheCountrys() {
    LocalDate day = LocalDate.of(1987, 4, 1);
    assertEquals(List.of("TWNBUS"), codes(find("Taiwan soybean importers bought corn.", day)));
    assertEquals(List.of("USABUS"), codes(find("U.S. wheat exporters reported sales.", day)));
    assertEquals(
        List.of("JPNBUS", "USA"),
        codes(find("Japanese feed and starch makers bought U.S. corn.", day)));
    assertEquals(List.of("CANBUS"), codes(find("The Canadian banker said it was fair.", day)));
    assertEquals(List.of("JPNBUS"), codes(find("A Japanese autoparts maker said so.", day)));
    assertEquals(List.of("FRABUS"), codes(find("French maize producers will ask.", day)));
  }

  @Test
  void titleAfterADemonymWithRankWordsIsTheCountrys() {
    assertEquals(
        "SUNGOV",
        findIn("Soviet first deputy prime minister Vsevolod Murakhovsky left.").get(0).code());
  }

  @Test
  void newsServicesReportingAreNoActors() {
    assertEquals(List.of(), findIn("She told Reuters the offer was fair."));
    assertEquals(
        List.of("TUR"), codes(findIn("The Syrian news agency said Turkey had retreated.")));
    assertEquals(
        List.of("---MIL", "LBY"),
        codes(findIn("A military officer, cited by the Egyptian news agency, said Libya fled.")));
  }

  @Test
  void anInstitutionKeepsItsWholeNameAndItsCountry() {
    List<ActorMention> miti =
        findIn(
            "The Japanese Ministry of International Trade and Industry will urge banks to lend.");
    assertEquals(1, miti.size(), "Industry is part of the ministry's name: " + miti);
    assertEquals("JPNGOV", miti.get(0).code());
    assertEquals(
        "NLDGOV", findIn("The head of the Dutch Economics Ministry said so.").get(0).code());
    List<ActorMention> usda =
        findIn("U.S. Commerce Department auditors found no fraud, the department said.");
    assertEquals("USAGOV", usda.get(0).code());
    assertEquals("USAGOV", at(usda, "the department").code());
  }

  @Test
  void aChainOfTitlesHasTheRoleOfItsLast() {
    ActorMention m = findIn("The US Deputy Secretary of Energy said so on Monday.").get(0);
    assertEquals("USAGOV", m.code(), "a deputy secretary, not a deputy sheriff (COP)");
    assertEquals(
        "USAGOV", findIn("The U.S. Trade Representative said Korea would pay.").get(0).code());
  }

  @Test
  void demonymsAndNamesThePhoenixFilesLack() {
    assertEquals("SWE", findIn("Swedish officials met on Monday.").get(0).code().substring(0, 3));
    assertEquals(
        "IMGMUSISI", at(findIn("The US struck an Islamic State target."), "Islamic State").code());
  }

  @Test
  void anAgentOfAModifiedCountryHasThatCountry() {
    assertEquals(
        "MMROPP",
        at(
                findIn("The envoy will meet exiled dissidents from junta-ruled Myanmar."),
                "dissidents from junta-ruled Myanmar")
            .code());
    ActorMention mayor =
        findIn("Israel detained the mayor of the southern West Bank city of Hebron.").get(1);
    assertEquals("PSEGOV", mayor.code(), "not the mayor of the state named before: " + mayor);
    List<ActorMention> brotherhood =
        findIn("Jordan vowed to deport exiled leaders of Egypt's Muslim Brotherhood.");
    assertEquals(List.of("JOR", "EGYOPP"), codes(brotherhood), "no separate Muslim actor");
  }

  @Test
  void aDefiniteBusinessNounNamesTheLastCompany() {
    List<ActorMention> m =
        findIn("Ford will take over American Tractor Corp to bolster the small automaker.");
    assertEquals("USABUS", at(m, "the small automaker").code());
    assertTrue(at(m, "the small automaker").resolved());
  }

  @Test
  void aNationalNewsAgencyReportingStillNamesTheCountryOfTheReport() {
    List<ActorMention> m = findIn("The official Saudi Press Agency SPA said the king met Mubarak.");
    assertEquals("SAUGOV", at(m, "king").code(), "the agency is no actor, its country stays");
    assertTrue(m.stream().noneMatch(x -> x.code().endsWith("MED") || x.code().endsWith("BUS")));
  }

  @Test
  void anIndustryIsNoCompanyAndACompanySpokesmanNoTitleChain() {
    List<ActorMention> m =
        findIn("Texas Air Corp said it would buy the unit, a boost for the banking industry.");
    assertEquals("USABUS", m.get(0).code());
    assertTrue(m.stream().noneMatch(x -> x.text().equals("the banking industry")), m.toString());
    assertEquals("---BUS", findIn("A company spokesman said so.").get(0).code());
  }

  @Test
  void anIgoInAListOfCountriesDoesNotEndTheSharedRole() {
    List<ActorMention> m =
        findIn(
            "Delegates of the U.S., The Soviet Union, the European Community and Japan"
                + " signed the accord.");
    assertEquals(List.of("USALEG", "SUNLEG", "IGOEUREEC", "JPNLEG"), codes(m));
    assertEquals(
        List.of("FRAGOV", "IGOWSTNAT", "DEU"),
        codes(findIn("The ambassadors of France met NATO and Germany.")));
  }

  @Test
  void theSpeakerOfAQuoteIsNeverTheNewsServiceItWasToldTo() {
    List<ActorMention> m =
        findIn(
            "\"We are thinking of a loan,\" the banker told Reuters in an interview about a story"
                + " saying Air Georgia could sell.");
    assertTrue(m.stream().noneMatch(x -> x.text().equals("We")), m.toString());
    assertEquals(
        "RUS",
        findIn("\"We will not allow it,\" said Russia's foreign minister.").get(0).country());
  }

  @Test
  void commentatorsNamedByTheirFieldAreNoActors() {
    assertEquals(
        List.of("USABUS"),
        codes(findIn("Texas Air Corp may lose its lead, industry analysts say.")),
        "no ---BUS industry");
    assertEquals(List.of("---MIL"), codes(findIn("Military experts said the army had withdrawn.")));
  }

  @Test
  void regionsHyphenatedCapitalsAndPeoples() {
    assertEquals(
        List.of("BRA", "LAMBUS"),
        codes(findIn("Brazil will attend with the Central American producers.")),
        "Central American producers are no U.S. business");
    assertEquals(
        List.of("FRAMIL", "HTI"), codes(findIn("French troops arrived in Port-au-Prince.")));
    // "it" is no people: the helicopter's country, not the Haitians'
    List<ActorMention> m =
        findIn("Haitians flock under a US helicopter as it delivers aid in Port-au-Prince.");
    assertEquals("USA", at(m, "it").country(), m.toString());
    m = findIn("The French bank said it signed an agreement with Moscow.");
    assertEquals("FRA", at(m, "it").country(), "a company named by its country and kind is an it");
    m = findIn("A Taiwan mission will buy U.S. cotton when it visits the U.S. next month.");
    assertEquals("TWN", at(m, "it").country(), "a mission sent abroad is an it");
    m = findIn("The Russian pilot said he was shot down.");
    assertEquals("RUS", at(m, "he").country(), "a person so named is a he");
  }

  @Test
  void agentWordsOfOneRoleAndAWebPagesHeaderBeforeTheWireDateline() {
    assertEquals(
        List.of("USAMIL", "IRN"), codes(findIn("U.S. Naval forces attacked Iranian platforms.")));
    String text =
        "WASHINGTON | Wed Apr 29, 2009 7:30 pm BST WASHINGTON (Reuters) - The flu has killed"
            + " dozens in Mexico.";
    assertEquals(List.of("MEX"), codes(find(text, LocalDate.of(2009, 4, 29))));
  }

  @Test
  void anAgentNounAfterToBeforeItsObjectIsAVerbAndWestGermanIsGermany() {
    assertEquals(
        List.of("USAGOVLEG", "JPN"),
        codes(findIn("Byrd needed 60 votes to force a Senate vote on Japan.")),
        "\"to force a vote\": no military");
    assertEquals(List.of("IRN", "IRNMIL"), codes(findIn("Iran will use force.")));
    assertEquals(
        List.of("GBR", "JPN"),
        codes(findIn("Britain wants sanctions to force Tokyo to open its market.")),
        "\"to force Tokyo\": a verb before a named object");
    assertEquals(List.of("IRQ", "IRQMIL", "KWT"), codes(findIn("Iraq sent troops to Kuwait.")));
    assertEquals(
        List.of("DEUGOV", "DEU"),
        codes(findIn("West German officials met West Germans in Bonn.")).subList(0, 2));
  }

  @Test
  void negotiatorsAndTheFieldTheyWorkIn() {
    assertEquals(
        List.of("USAGOV", "JPNGOV"),
        codes(findIn("U.S. negotiators opened talks with Japanese officials.")),
        "negotiators are the state's");
    List<ActorMention> m =
        findIn("American and Soviet arms negotiators will resume talks here tomorrow.");
    assertEquals("SUNGOV", at(m, "Soviet arms negotiators").code(), m.toString());
    assertEquals(
        List.of("USAGOV", "JPNGOV"),
        codes(findIn("U.S. trade negotiators met Japanese officials.")),
        "\"trade\" between the country and its negotiators is their field, no verb");
  }

  @Test
  void aTitlesModifierIsNoAgentAndANameSetOffAfterATitleIsItsHolder() {
    List<ActorMention> m =
        findIn("Kuroda will meet the Deputy U.S. Trade Representative, Michael Smith, today.");
    assertEquals(List.of("USAGOV", "USAGOV"), codes(m), "no deputy sheriff (COP)");
    assertEquals(
        "USAGOV",
        at(m, "Michael Smith").code(),
        "the title's holder, not the Irish minister of that name");
  }

  @Test
  void aDictionarysNoteInParenthesesIsNoPartOfALongName() {
    assertEquals(
        "ZAF",
        findIn("The African National Congress said so.").get(0).country(),
        "AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_");
    List<ActorMention> m = findIn("Korea Space Launch Vehicle engineers met U.S. experts.");
    assertFalse(
        m.stream().anyMatch(a -> a.country().equals("PRK")),
        "KOREA_(NORTH)_ is no bare 'Korea': " + m);
  }

  @Test
  void shortNamesOfWireCopy() {
    assertEquals(List.of("USA", "JPN"), codes(findIn("The State Department criticized Japan.")));
    assertEquals(List.of("IGOGOS", "JPN"), codes(findIn("The G-7 urged Japan to act.")));
  }

  @Test
  void aRepresentativeIsAnOfficialOfWhatHeRepresents() {
    assertEquals(
        List.of("IGOEUREECGOV", "USA"),
        codes(findIn("Roy Denman, the European Community representative, warned the U.S.")));
  }
}
