package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.matter.PermitMaterial;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.shared.Violations;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a filing: attached with the application (the matter's material catalogue says which, see
 * {@link #checkAttachments}), uploaded later by the applicant for their own filing or by an officer of the handling
 * department while the filing is open, stored with their SHA-256, and read by whoever may read the filing
 * ({@link FilingQueries#get} is the check for both). Every file is checked the same way: a name, a type the paper
 * accepts, content that starts as that type does (a renamed executable is not a PDF), not empty, not too large.
 */
@Service
public class FilingDocuments {

    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    static final Set<String> DOCUMENT_TYPES = Set.copyOf(PermitMaterial.DEFAULT_TYPES);
    /** The first bytes of each type's files. */
    private static final Map<String, byte[]> SIGNATURES = Map.of("application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

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
        fileProblem("file", contentType, content, PermitMaterial.DEFAULT_TYPES, MAX_DOCUMENT_BYTES)
                .ifPresent(violations::add);
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

    /**
     * Checks the files attached while filing against the matter's catalogue: each names a material of the matter
     * and is of a type and size that material accepts; on the portal every required material is attached, but
     * those a pledge replaces when the applicant files on a pledge in lieu. Window officers and department
     * systems file without attachments, as they do today: at the window the officer sees the paper originals
     * across the counter and scans what the case needs afterwards, and a department system keeps the papers in
     * its own case file; both send papers later through {@link #upload} when the handling officer asks for them.
     * Each problem is one violation on {@code materials[<material>]}; nothing is stored here.
     */
    void checkAttachments(PermitMatter matter, boolean filedOnPledge, FilingChannel channel,
            List<NewAttachment> attachments, Violations violations) {
        Map<String, PermitMaterial> catalogue = matter.materials().stream()
                .collect(Collectors.toMap(PermitMaterial::name, m -> m, (a, b) -> a));
        for (NewAttachment attachment : attachments) {
            String field = field(attachment.material());
            PermitMaterial material = attachment.material() == null ? null
                    : catalogue.get(attachment.material().strip());
            if (material == null) {
                violations.add(field, "validation.material.unknown");
                continue;
            }
            violations.add(Text.fileNameProblem(attachment.fileName()).map(key -> FieldViolation.of(field, key)));
            violations.add(fileProblem(field, attachment.contentType(), attachment.content(), material.types(),
                    material.maxBytes()));
        }
        if (channel != FilingChannel.PORTAL) {
            return;
        }
        Set<String> attached = attachments.stream().map(NewAttachment::material)
                .filter(java.util.Objects::nonNull).map(String::strip).collect(Collectors.toSet());
        for (PermitMaterial material : matter.materials()) {
            if (material.requiredWhen(filedOnPledge) && !attached.contains(material.name())) {
                violations.add(field(material.name()), "validation.material.missing");
            }
        }
    }

    /** Stores the checked attachments of a new filing, in the filing's transaction. */
    void storeAttachments(long filingId, List<NewAttachment> attachments, String actor, Instant now) {
        for (NewAttachment attachment : attachments) {
            FilingDocument document = new FilingDocument(0, filingId, attachment.material().strip(),
                    attachment.fileName().strip(), attachment.contentType(), attachment.content().length,
                    sha256(attachment.content()), actor, now);
            mapper.insertDocument(document, attachment.content(), new GeneratedId());
            FilingRecords.event(mapper, filingId, "PAPER_UPLOADED", actor, now, document.paperName(),
                    document.fileName());
        }
    }

    /** The field a material's problems are reported on. */
    public static String field(String material) {
        return "materials[" + (material == null ? "" : material.strip()) + "]";
    }

    /** What is wrong with a file's type, content or size, if anything. */
    static Optional<FieldViolation> fileProblem(String field, String contentType, byte[] content, List<String> types,
            long maxBytes) {
        if (contentType == null || !types.contains(contentType)) {
            return Optional.of(FieldViolation.of(field, "validation.material.type", typeNames(types)));
        }
        if (content == null || content.length == 0) {
            return Optional.of(FieldViolation.of(field, "validation.document.empty"));
        }
        if (content.length > maxBytes) {
            return Optional.of(FieldViolation.of(field, "validation.document.tooLarge", maxBytes / 1024 / 1024));
        }
        byte[] signature = SIGNATURES.get(contentType);
        if (signature != null && (content.length < signature.length
                || !Arrays.equals(Arrays.copyOf(content, signature.length), signature))) {
            return Optional.of(FieldViolation.of(field, "validation.material.content", typeNames(types)));
        }
        return Optional.empty();
    }

    /** "PDF、JPEG、PNG": the types as an applicant knows them. */
    public static String typeNames(List<String> types) {
        return types.stream().map(t -> t.substring(t.indexOf('/') + 1).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("、"));
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
