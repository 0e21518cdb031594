package org.annals.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.annals.publish.PublishException.Kind;
import org.postgresql.Driver;

/**
 * Where and as whom to connect to PostgreSQL, resolved as libpq users expect.
 *
 * <ul>
 *   <li>Server: the {@code --to} URL {@code jdbc:postgresql://HOST:PORT/DB}; a URL without a host
 *       ({@code jdbc:postgresql:} or {@code jdbc:postgresql:DB}) takes {@code PGHOST}, {@code
 *       PGPORT} and {@code PGDATABASE} (defaults localhost, 5432, the user name).
 *   <li>User: {@code --user}, else the URL's {@code user}, else {@code PGUSER}, else the login
 *       name.
 *   <li>Password: the URL's {@code password} (discouraged), else {@code --password-file} (its first
 *       line), else {@code ANNALS_DB_PASSWORD}, else {@code PGPASSWORD}, else the matching line of
 *       {@code PGPASSFILE} or {@code ~/.pgpass}; else none.
 * </ul>
 *
 * The password is handed to the driver in connection properties, never put into a URL; {@link
 * #maskedUrl()} and {@link #secrets()} keep it out of every message.
 */
public final class PostgresLogin {

  private final String url;
  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;

  private PostgresLogin(
      String url, String host, int port, String database, String user, String password) {
    this.url = url;
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
  }

  /**
   * Resolves a login.
   *
   * @param to the {@code --to} URL
   * @param userOption {@code --user}, or null
   * @param passwordFile {@code --password-file}, or null
   * @param env the environment ({@code System.getenv()})
   * @param home the user's home directory, for {@code ~/.pgpass}
   */
  public static PostgresLogin resolve(
      String to, String userOption, Path passwordFile, Map<String, String> env, Path home)
      throws PublishException {
    String url = withServer(to, env);
    Properties parsed = Driver.parseURL(url, null);
    if (parsed == null) {
      throw new PublishException(Kind.TARGET, "not a PostgreSQL JDBC URL: " + Secrets.maskUrl(to));
    }
    String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
    int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
    String user =
        firstNonBlank(
            userOption,
            parsed.getProperty("user"),
            env.get("PGUSER"),
            System.getProperty("user.name"));
    String database = firstNonBlank(parsed.getProperty("PGDBNAME"), user);
    String password = parsed.getProperty("password");
    if (password == null && passwordFile != null) {
      password = readPasswordFile(passwordFile);
    }
    if (password == null) {
      password = firstNonBlank(env.get("ANNALS_DB_PASSWORD"), env.get("PGPASSWORD"));
    }
    if (password == null) {
      String pgpass = env.get("PGPASSFILE");
      Path file = pgpass != null ? Path.of(pgpass) : home == null ? null : home.resolve(".pgpass");
      Optional<String> found = PgPassFile.load(file).password(host, port, database, user);
      password = found.orElse(null);
    }
    return new PostgresLogin(url, host, port, database, user, password);
  }

  /** The URL the driver connects to (may hold a password the user put there: never print it). */
  String url() {
    return url;
  }

  /** The URL fit to print. */
  public String maskedUrl() {
    return Secrets.maskUrl(url);
  }

  public String user() {
    return user;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String database() {
    return database;
  }

  public boolean hasPassword() {
    return password != null;
  }

  /** Scrubs this login's password from messages. */
  public Secrets secrets() {
    return Secrets.of(password);
  }

  /** Connection properties: user, password (if any), application name. */
  Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "annals publish");
    p.setProperty("connectTimeout", "10");
    return p;
  }

  private static String withServer(String to, Map<String, String> env) throws PublishException {
    String prefix = "jdbc:postgresql:";
    if (to == null || !to.startsWith(prefix)) {
      throw new PublishException(Kind.TARGET, "not a PostgreSQL JDBC URL: " + Secrets.maskUrl(to));
    }
    if (to.startsWith(prefix + "//")) {
      return to;
    }
    String rest = to.substring(prefix.length());
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q);
      rest = rest.substring(0, q);
    }
    String host = firstNonBlank(env.get("PGHOST"), "localhost");
    if (host.startsWith("/")) {
      host = "localhost";
    }
    String port = firstNonBlank(env.get("PGPORT"), "5432");
    String db =
        firstNonBlank(
            rest, env.get("PGDATABASE"), env.get("PGUSER"), System.getProperty("user.name"));
    return prefix + "//" + host + ":" + port + "/" + db + query;
  }

  private static String readPasswordFile(Path file) throws PublishException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      String line = nl < 0 ? text : text.substring(0, nl);
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (java.io.IOException e) {
      throw new PublishException(Kind.TARGET, "cannot read the password file " + file);
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
