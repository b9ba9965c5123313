package cn.gov.ln.credit.document;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the files of breach, objection and repair cases. It checks the file itself; whether the caller may attach
 * to or read from the case is the owning service's check, made before it calls here.
 */
@Service
public class CaseDocumentService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final CaseDocumentMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    CaseDocumentService(CaseDocumentMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    /** The violations of a picked file under {@code field}, empty when it can be stored. */
    public static List<FieldViolation> check(String field, Upload upload) {
        List<FieldViolation> violations = new ArrayList<>();
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            violations.add(FieldViolation.of(field, "validation.document.empty"));
            return violations;
        }
        Text.fileNameProblem(upload.fileName()).ifPresent(key -> violations.add(FieldViolation.of(field, key)));
        if (upload.contentType() == null || !TYPES.contains(upload.contentType())) {
            violations.add(FieldViolation.of(field, "validation.document.type"));
        }
        if (upload.content().length > MAX_BYTES) {
            violations.add(FieldViolation.of(field, "validation.document.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        return violations;
    }

    /** Stores a file the caller checked with {@link #check}; part of the caller's transaction. */
    @Transactional
    public CaseDocument store(String ownerType, long ownerId, String purpose, Upload upload) {
        List<FieldViolation> violations = check(purpose, upload);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        CaseDocument document = new CaseDocument(0, ownerType, ownerId, purpose, upload.fileName().strip(),
                upload.contentType(), upload.content().length, sha256(upload.content()), guard.current().username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        GeneratedId id = new GeneratedId();
        mapper.insert(document, upload.content(), id);
        return mapper.findById(id.value());
    }

    public List<CaseDocument> of(String ownerType, long ownerId) {
        return mapper.findByOwner(ownerType, ownerId);
    }

    /** The bytes of a document of the given owner; a document of another owner is not found. */
    public byte[] content(String ownerType, long ownerId, long documentId) {
        CaseDocument document = mapper.findById(documentId);
        if (document == null || !document.ownerType().equals(ownerType) || document.ownerId() != ownerId) {
            throw new NotFoundException("document", documentId);
        }
        return mapper.findContent(documentId).content();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
