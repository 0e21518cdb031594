package org.annals.publish;

import java.util.regex.Pattern;

/**
 * Keeps passwords out of what annals prints: JDBC URLs are shown with their {@code password}
 * parameter masked, and any message can be scrubbed of a known password.
 */
public final class Secrets {

  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)((?:password|sslpassword)=)[^&\\s]*");

  private final String password;

  private Secrets(String password) {
    this.password = password;
  }

  /** Scrubs messages of {@code password} (may be null or empty: then of URL parameters only). */
  public static Secrets of(String password) {
    return new Secrets(password == null || password.isEmpty() ? null : password);
  }

  /** A JDBC URL fit to print: {@code password=...} parameters become {@code password=***}. */
  public static String maskUrl(String url) {
    return url == null ? null : URL_PASSWORD.matcher(url).replaceAll("$1***");
  }

  /** A message fit to print: URL passwords masked and the known password replaced. */
  public String redact(String message) {
    if (message == null) {
      return "";
    }
    String out = maskUrl(message);
    return password == null ? out : out.replace(password, "***");
  }
}
