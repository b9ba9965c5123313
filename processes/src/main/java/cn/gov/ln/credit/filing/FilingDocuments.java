package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
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
 * The papers of a filing: uploaded by the applicant for their own filing or by an officer of the handling
 * department while the filing is open, stored with their SHA-256, and read by whoever may read the filing
 * ({@link FilingQueries#get} is the check for both).
 */
@Service
public class FilingDocuments {

    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final FilingMapper mapper;
    private final FilingQueries queries;
    private final AccessGuard guard;
    private final Clock clock;

    FilingDocuments(FilingMapper mapper, FilingQueries queries, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.queries = queries;
        this.guard = guard;
        this.clock = clock;
    }

    /** Adds a paper to a filing: the applicant for their own, an officer of the handling department. */
    @Transactional
    public FilingDocument upload(long filingId, String paperName, String fileName, String contentType,
            byte[] content) {
        Actor actor = guard.current();
        Filing filing = queries.get(filingId);
        List<FieldViolation> violations = new ArrayList<>();
        if (paperName == null || paperName.isBlank() || paperName.length() > 200) {
            violations.add(FieldViolation.of("paperName", "validation.required"));
        }
        Text.fileNameProblem(fileName).ifPresent(key -> violations.add(FieldViolation.of("fileName", key)));
        if (contentType == null || !DOCUMENT_TYPES.contains(contentType)) {
            violations.add(FieldViolation.of("file", "validation.document.type"));
        }
        if (content == null || content.length == 0) {
            violations.add(FieldViolation.of("file", "validation.document.empty"));
        } else if (content.length > MAX_DOCUMENT_BYTES) {
            violations.add(FieldViolation.of("file", "validation.document.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024));
        }
        if (!filing.isOpen()) {
            violations.add(FieldViolation.of("file", "validation.filing.closed"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        FilingDocument document = new FilingDocument(0, filingId, paperName.strip(), fileName.strip(), contentType,
                content.length, sha256(content), actor.username(), now);
        GeneratedId id = new GeneratedId();
        mapper.insertDocument(document, content, id);
        FilingRecords.event(mapper, filingId, "PAPER_UPLOADED", actor.username(), now, paperName.strip(),
                fileName.strip());
        return mapper.findDocument(id.value());
    }

    @Transactional(readOnly = true)
    public byte[] documentContent(long documentId) {
        FilingDocument document = mapper.findDocument(documentId);
        if (document == null) {
            throw new NotFoundException("document", documentId);
        }
        queries.get(document.filingId());
        return mapper.findDocumentContent(documentId).content();
    }

    @Transactional(readOnly = true)
    public FilingDocument document(long documentId) {
        FilingDocument document = mapper.findDocument(documentId);
        if (document == null) {
            throw new NotFoundException("document", documentId);
        }
        queries.get(document.filingId());
        return document;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
