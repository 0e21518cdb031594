package org.annals.event.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Builds the verb resources of {@code org.annals.event}: copies PETRARCH2's CAMEO verb-pattern
 * dictionary {@code CAMEO.2.0.txt} verbatim (it keeps its MIT licence header). The supplement
 * {@code annals.verbs.txt} is written by hand in the same format and is not generated.
 *
 * <p>Usage, from the project root: {@code java -cp target/classes
 * org.annals.event.build.VerbDictionaryBuilder ../shared/data/cameo
 * src/main/resources/org/annals/event}
 */
public final class VerbDictionaryBuilder {

  private VerbDictionaryBuilder() {}

  public static void main(String[] args) throws IOException {
    Path cameo = Path.of(args.length > 0 ? args[0] : "../shared/data/cameo");
    Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/annals/event");
    Files.createDirectories(out);
    Files.copy(
        cameo.resolve("petrarch2-dictionaries/CAMEO.2.0.txt"),
        out.resolve("CAMEO.2.0.txt"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
