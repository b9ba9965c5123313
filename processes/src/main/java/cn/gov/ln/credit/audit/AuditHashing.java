package cn.gov.ln.credit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 over an entry's fields and the previous entry's hash. */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    static String hash(AuditEvent e) {
        String canonical = String.join("\u001f", e.prevHash(), Long.toString(e.id()),
                Long.toString(e.occurredAt().toEpochMilli()), e.actor(), String.valueOf(e.departmentId()),
                String.valueOf(e.divisionCode()), e.action(), String.valueOf(e.targetType()),
                String.valueOf(e.targetId()), String.valueOf(e.detail()), String.valueOf(e.clientAddress()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }
}
