package org.brink.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what: reads are open to requests from this machine, coding needs the token.
 *
 * <ul>
 *   <li>A read (GET) is open when it comes from a loopback address and its {@code Host} header
 *       names this machine ({@code localhost}, a loopback address, or the address the server is
 *       bound to). Any other read needs the token: a request from another machine, and a page on
 *       another site that reaches the server through DNS rebinding (its {@code Host} is that
 *       site's name).
 *   <li>A write ({@code POST /api/articles}) always needs the token, and is refused with 403 when
 *       the server was started without one.
 * </ul>
 *
 * <p>The token comes as {@code Authorization: Bearer TOKEN}. Tokens are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, which takes the same time wherever they differ, and
 * hashing first hides the token's length too.
 */
final class AccessPolicy {
  /** The shortest token accepted at start (checked by {@link ServerConfig}): 16 characters. */
  static final int MIN_TOKEN_LENGTH = 16;

  private final byte @Nullable [] tokenDigest;
  private final String boundHost;

  AccessPolicy(@Nullable String token, String boundHost) {
    this.tokenDigest = token == null ? null : sha256(token.strip());
    this.boundHost = boundHost.toLowerCase(Locale.ROOT);
  }

  /** True when a token is configured, so writes are possible at all. */
  boolean writesEnabled() {
    return tokenDigest != null;
  }

  /**
   * Checks a read; throws 401 when the request needs the token and has none or a wrong one.
   *
   * @param remoteAddress the client's IP address
   * @param host the {@code Host} header, or null
   * @param authorization the {@code Authorization} header, or null
   */
  void checkRead(String remoteAddress, @Nullable String host, @Nullable String authorization) {
    if (isLoopback(remoteAddress) && isLocalHost(host)) {
      return;
    }
    checkToken(authorization, "reading from another machine (or through another host name)");
  }

  /** Checks a write: 403 without a configured token, 401 without the right token. */
  void checkWrite(@Nullable String authorization) {
    if (tokenDigest == null) {
      throw new ApiException(
          403,
          "writes-disabled",
          "coding over the API is off: start brink serve with BRINK_API_TOKEN set or --token-file",
          null);
    }
    checkToken(authorization, "coding articles");
  }

  private void checkToken(@Nullable String authorization, String what) {
    if (tokenDigest == null) {
      throw new ApiException(
          401, "unauthorized", what + " needs the API token, and this server was started without one", null);
    }
    if (authorization == null || authorization.isBlank()) {
      throw new ApiException(401, "unauthorized", what + " needs the API token: send Authorization: Bearer TOKEN", null);
    }
    String given = authorization.strip();
    if (!given.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "unauthorized", "the Authorization header must be 'Bearer TOKEN'", null);
    }
    byte[] digest = sha256(given.substring(7).strip());
    if (!MessageDigest.isEqual(tokenDigest, digest)) {
      throw new ApiException(401, "unauthorized", "wrong API token", null);
    }
  }

  private boolean isLocalHost(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String name = hostName(host.strip().toLowerCase(Locale.ROOT));
    return name.equals("localhost") || name.equals(boundHost) || isLoopback(name);
  }

  /** The host part of a Host header: without the port, IPv6 brackets removed. */
  static String hostName(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(1, close);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** True for a literal loopback IP address; a name is never looked up. */
  static boolean isLoopback(String address) {
    if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
