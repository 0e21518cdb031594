package org.annals.actor.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the actor resources of {@code org.annals.actor} from the shared CAMEO data.
 *
 * <p>Copies PETRARCH2's Phoenix actor and agent dictionaries verbatim (they keep their MIT licence
 * headers) and writes {@code countries.tsv}: CAMEO country code to a readable name, the shortest
 * ICEWS country name for the code, else CountryInfo's name in title case; and the people of ICEWS's
 * 2018 sample of events that the Phoenix dictionaries lack ({@link IcewsPersonsBuilder}).
 *
 * <p>Usage, from the project root: {@code java -cp target/classes
 * org.annals.actor.build.ActorDictionaryBuilder ../shared/data/cameo
 * src/main/resources/org/annals/actor}
 */
public final class ActorDictionaryBuilder {

  private static final List<String> COPIED =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt",
          "Phoenix.agents.txt");

  private ActorDictionaryBuilder() {}

  public static void main(String[] args) throws IOException {
    Path cameo = Path.of(args.length > 0 ? args[0] : "../shared/data/cameo");
    Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/annals/actor");
    Files.createDirectories(out);
    for (String f : COPIED) {
      Files.copy(
          cameo.resolve("petrarch2-dictionaries").resolve(f),
          out.resolve(f),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Map<String, String> names = new TreeMap<>();
    for (String line :
        Files.readAllLines(
            cameo.resolve("icews/text_to_CAMEO.countrynames.txt"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      // Names of territories share their sovereign's code with COW number 000: skip them.
      if (f.length < 3 || f[1].length() != 3 || f[2].strip().equals("000")) {
        continue;
      }
      String name = f[0].strip();
      names.merge(f[1], name, (a, b) -> b.length() < a.length() ? b : a);
    }
    String code = null;
    for (String line :
        Files.readAllLines(
            cameo.resolve("countryinfo/CountryInfo.120116.txt"), StandardCharsets.ISO_8859_1)) {
      String t = line.strip();
      if (t.startsWith("<CountryCode>")) {
        code = t.replace("<CountryCode>", "").replace("</CountryCode>", "").strip();
      } else if (t.startsWith("<CountryName>") && code != null && code.length() == 3) {
        String name = t.replace("<CountryName>", "").replace("</CountryName>", "").strip();
        names.putIfAbsent(code, titleCase(name));
      }
    }
    IcewsPersonsBuilder.build(cameo, out);
    try (Writer w = Files.newBufferedWriter(out.resolve("countries.tsv"), StandardCharsets.UTF_8)) {
      w.write("code\tname\n");
      for (Map.Entry<String, String> e : names.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : s.replace('_', ' ').toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString().strip();
  }
}
