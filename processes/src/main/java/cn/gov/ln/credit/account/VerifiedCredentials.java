package cn.gov.ln.credit.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Department systems send their password with every API call (HTTP Basic), and a bcrypt check costs a quarter of
 * a second of CPU at the production cost: that would cap the API at a few calls per second per core. After a
 * full check succeeds, this remembers a keyed MAC of the password (never the password) for a short time, bound
 * to the stored hash, so a changed password, or a restart, needs the full check again. Failures are never
 * remembered: every wrong password still goes through bcrypt and the lockout count.
 */
final class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, String storedHash, Instant until) {
    }

    private final Cache<String, Entry> entries;
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    VerifiedCredentials(Duration ttl, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
        this.entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl).build();
    }

    /** Whether this password was verified for this account, with this stored hash, within the time to live. */
    boolean recentlyVerified(String username, char[] password, String storedHash) {
        Entry entry = entries.getIfPresent(username);
        if (entry == null || !entry.storedHash().equals(storedHash) || !clock.instant().isBefore(entry.until())) {
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    void remember(String username, char[] password, String storedHash) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        entries.put(username, new Entry(mac(username, password), storedHash, clock.instant().plus(ttl)));
    }

    void forget(String username) {
        entries.invalidate(username);
    }

    private byte[] mac(String username, char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
