package org.annals.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A libpq password file ({@code ~/.pgpass}, or {@code PGPASSFILE}): lines of {@code
 * hostname:port:database:username:password}, {@code *} matching anything in the first four fields,
 * {@code \:} and {@code \\} escaping, {@code #} starting a comment; the first matching line wins.
 * As libpq does, a file that its group or others can read is ignored.
 */
public final class PgPassFile {

  private static final Set<PosixFilePermission> TOO_OPEN =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private final List<String> lines;

  private PgPassFile(List<String> lines) {
    this.lines = lines;
  }

  /** The password file's lines, or an empty file if it is absent, unreadable or too open. */
  public static PgPassFile load(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return new PgPassFile(List.of());
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      for (PosixFilePermission p : perms) {
        if (TOO_OPEN.contains(p)) {
          return new PgPassFile(List.of());
        }
      }
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: libpq does not check permissions there either.
    }
    try {
      return new PgPassFile(Files.readAllLines(file));
    } catch (IOException e) {
      return new PgPassFile(List.of());
    }
  }

  /** Reads lines given directly (for tests). */
  static PgPassFile of(List<String> lines) {
    return new PgPassFile(List.copyOf(lines));
  }

  /** The password of the first line matching the connection, if any. */
  public Optional<String> password(String host, int port, String database, String user) {
    String[] wanted = {host, Integer.toString(port), database, user};
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = split(line);
      if (fields.size() < 5) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        match = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
      }
      if (match) {
        return Optional.of(fields.get(4));
      }
    }
    return Optional.empty();
  }

  /** Splits on unescaped colons; the fifth field (the password) keeps any further colons. */
  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>(5);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
