package org.annals.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ids: the first 16 hex digits of the SHA-256 of the parts, each part followed by a
 * unit separator so that ("ab", "c") and ("a", "bc") differ. The same parts give the same id on
 * every machine and in every run.
 */
public final class StableId {

  private StableId() {}

  public static String of(Object... parts) {
    MessageDigest sha = sha256();
    for (Object p : parts) {
      sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0x1f);
    }
    byte[] d = sha.digest();
    return HexFormat.of().formatHex(d, 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
