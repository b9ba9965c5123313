package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.document.CaseDocument;
import cn.gov.ln.credit.document.CaseDocumentService;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.seal.Seal;
import cn.gov.ln.credit.seal.SealService;
import cn.gov.ln.credit.seal.Sm3;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.StoredJson;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers (文书) of every case: issued in the transaction of the decision they record, numbered by the issuing
 * department, sealed with the platform's SM2 key, stored once and never changed; read by the case's readers and
 * by the subject they are addressed to; delivered (opened online, or handed over on paper with a receipt); and
 * revoked by the issuing department, after which they verify as revoked.
 */
@Service
public class LegalDocuments {

    public static final String RECEIPT_PURPOSE = "DELIVERY_RECEIPT";

    private final LegalDocumentMapper mapper;
    private final DocumentNumbering numbering;
    private final DocumentTemplates templates;
    private final DocumentRenderer renderer;
    private final DocumentAccess access;
    private final VerificationAddress address;
    private final DepartmentService departments;
    private final CaseDocumentService files;
    private final SealService seal;
    private final AuditService audit;
    private final AccessGuard guard;
    private final StoredJson json;
    private final Clock clock;

    LegalDocuments(LegalDocumentMapper mapper, DocumentNumbering numbering, DocumentTemplates templates,
            DocumentRenderer renderer, DocumentAccess access, VerificationAddress address,
            DepartmentService departments, CaseDocumentService files, SealService seal, AuditService audit,
            AccessGuard guard, StoredJson json, Clock clock) {
        this.mapper = mapper;
        this.numbering = numbering;
        this.templates = templates;
        this.renderer = renderer;
        this.access = access;
        this.address = address;
        this.departments = departments;
        this.files = files;
        this.seal = seal;
        this.audit = audit;
        this.guard = guard;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Issues the paper in the caller's transaction; the same type and occurrence of a case issued before is
     * returned as it was, so a retried step issues nothing twice. The caller has decided; this records it.
     */
    @Transactional
    public LegalDocument issue(DocumentDraft draft) {
        LegalDocumentType type = draft.type();
        LegalDocument earlier = mapper.findOccurrence(type, type.caseType(), draft.caseId(), draft.occurrence());
        if (earlier != null) {
            return earlier;
        }
        Actor actor = guard.current();
        Department department = departments.get(draft.departmentId());
        Instant issuedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate issuedOn = issuedAt.atZone(clock.getZone()).toLocalDate();
        String number = numbering.next(department, issuedOn.getYear(), type.series());
        Map<String, String> fields = new TreeMap<>(draft.fields());
        fields.put("recipient", draft.recipientName());
        fields.put("caseNo", draft.caseNo());
        fields.putIfAbsent("issuedTime", DocumentFields.dateTime(issuedAt));
        String fieldsJson = json.write(fields);
        String code = VerificationCodes.next();
        LegalDocument unsealed = new LegalDocument(0, number, type, type.templateVersion(), type.caseType(),
                draft.caseId(), draft.caseNo(), draft.occurrence(), department.id(), draft.subjectId(),
                draft.recipientName(), draft.naturalPerson(), fieldsJson, null, null, null, null, code, issuedAt,
                actor.username(), null, null, null, null, null, null, null, null);
        String contentHash = Sm3.hex(canonical(unsealed));
        Seal sealed = seal.sign(contentHash.getBytes(StandardCharsets.UTF_8));
        List<DocumentTemplates.Block> blocks = templates.fill(type, type.templateVersion(), fields);
        byte[] pdf = renderer.render(new DocumentRenderer.Sheet(type, number, department.name(), blocks, issuedOn,
                address.of(number, code), code, contentHash, sealed.keyId(), sealed.signature()));
        LegalDocument document = new LegalDocument(0, number, type, type.templateVersion(), type.caseType(),
                draft.caseId(), draft.caseNo(), draft.occurrence(), department.id(), draft.subjectId(),
                draft.recipientName(), draft.naturalPerson(), fieldsJson, contentHash, Sm3.hex(pdf), sealed.keyId(),
                sealed.signature(), code, issuedAt, actor.username(), null, null, null, null, null, null, null, null);
        GeneratedId id = new GeneratedId();
        mapper.insert(document, id);
        mapper.insertFile(id.value(), pdf);
        audit.record(actor, AuditActions.DOCUMENT_ISSUED, "document", number, type.name() + " " + draft.caseNo());
        return mapper.findById(id.value());
    }

    /**
     * The papers of a case the caller may read, oldest first. Not transactional on purpose: a case's reader refuses
     * by throwing from its own transaction, which would otherwise mark this one for rollback.
     */
    public List<LegalDocument> ofCase(CaseType caseType, long caseId) {
        return access.filter(guard.current(), caseType, caseId, mapper.findByCase(caseType, caseId));
    }

    /** The papers addressed to the caller's subject, newest first. */
    @Transactional(readOnly = true)
    public List<LegalDocument> mine(int limit) {
        Actor actor = guard.current();
        if (actor.subjectId() == null) {
            return List.of();
        }
        return mapper.findBySubject(actor.subjectId(), limit).stream().filter(d -> access.addressedTo(actor, d))
                .toList();
    }

    @Transactional(readOnly = true)
    public LegalDocument get(long id) {
        LegalDocument document = find(id);
        access.requireReadable(guard.current(), document);
        return document;
    }

    /**
     * Opens a paper for reading: when the reader is its addressee, the first opening is the time of its online
     * delivery, recorded once.
     */
    @Transactional
    public LegalDocument open(long id) {
        Actor actor = guard.current();
        LegalDocument document = find(id);
        access.requireReadable(actor, document);
        if (document.openedAt() == null && access.addressedTo(actor, document)
                && mapper.markOpened(id, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.username()) == 1) {
            audit.record(actor, AuditActions.DOCUMENT_OPENED, "document", document.number(), null);
            return mapper.findById(id);
        }
        return document;
    }

    /** The PDF as issued; reading it by its addressee counts as opening it. */
    @Transactional
    public byte[] file(long id) {
        open(id);
        return mapper.findFile(id).content();
    }

    /** Records a paper handed over on paper, with the signed receipt scanned; the case's officers do it. */
    @Transactional
    public LegalDocument recordHandOver(long id, Upload receipt) {
        Actor actor = guard.require(Permissions.DOCUMENT_DELIVER);
        LegalDocument document = find(id);
        access.requireReadable(actor, document);
        if (actor.subjectId() != null) {
            throw new NotFoundException("document", id);
        }
        if (document.handedOverAt() != null) {
            throw new ConflictException("error.document.alreadyHandedOver");
        }
        CaseDocument stored = files.store(document.caseType().name(), document.caseId(), RECEIPT_PURPOSE, receipt);
        mapper.markHandedOver(id, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.username(), stored.id());
        audit.record(actor, AuditActions.DOCUMENT_HANDED_OVER, "document", document.number(), stored.fileName());
        return mapper.findById(id);
    }

    /** Revokes a paper of the caller's department; it stays stored and verifies as revoked from now on. */
    @Transactional
    public LegalDocument revoke(long id, String reason) {
        Actor actor = guard.require(Permissions.DOCUMENT_REVOKE);
        LegalDocument document = find(id);
        access.requireReadable(actor, document);
        if (actor.subjectId() != null) {
            throw new NotFoundException("document", id);
        }
        if (!actor.isSystem() && !Long.valueOf(document.departmentId()).equals(actor.departmentId())) {
            throw new cn.gov.ln.credit.shared.AccessDeniedException(Permissions.DOCUMENT_REVOKE);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        Text.problem(why).ifPresent(key -> {
            throw ValidationException.of("reason", key);
        });
        if (why.length() > 500) {
            throw ValidationException.of("reason", "validation.tooLong", 500);
        }
        if (mapper.revoke(id, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.username(), why) != 1) {
            throw new ConflictException("error.document.alreadyRevoked");
        }
        audit.record(actor, AuditActions.DOCUMENT_REVOKED, "document", document.number(), why);
        return mapper.findById(id);
    }

    /**
     * Public: is the paper with this number and code genuine, and still in force? A wrong code, an unknown number
     * and a record that no longer matches its seal all answer "not verified".
     */
    @Transactional(readOnly = true)
    public DocumentCheck verify(String number, String typedCode) {
        String code = VerificationCodes.normalize(typedCode);
        LegalDocument document = number == null || code == null ? null : mapper.findByNumber(number.strip());
        if (document == null || !VerificationCodes.matches(document.verificationCode(), code) || !intact(document)) {
            return DocumentCheck.notVerified();
        }
        String recipient = document.naturalPerson() ? cn.gov.ln.credit.shared.Masking.personName(
                document.recipientName()) : document.recipientName();
        return new DocumentCheck(document.revoked() ? DocumentCheck.Outcome.REVOKED : DocumentCheck.Outcome.VALID,
                document.number(), document.type().title(), departments.get(document.departmentId()).name(),
                document.issuedAt(), recipient, document.caseNo(), document.revokedAt());
    }

    /** The stored record still hashes to its sealed hash, the seal holds, and the PDF is the one issued. */
    boolean intact(LegalDocument document) {
        String contentHash = Sm3.hex(canonical(document));
        if (!contentHash.equals(document.contentHash()) || !seal.verify(document.sealKeyId(),
                contentHash.getBytes(StandardCharsets.UTF_8), document.signature())) {
            return false;
        }
        LegalDocumentMapper.File file = mapper.findFile(document.id());
        return file != null && Sm3.hex(file.content()).equals(document.fileHash());
    }

    /** The fields of a paper as issued, for screens that show them beside the PDF. */
    public Map<String, String> fieldsOf(LegalDocument document) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = json.read(document.fields(), HashMap.class);
            return fields;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored fields of " + document.number() + " cannot be read", e);
        }
    }

    /** What the seal covers: every stored fact of the paper as issued, one per line. */
    static String canonical(LegalDocument d) {
        return String.join("\n", "legal-document/1", d.number(), d.type().name(),
                Integer.toString(d.templateVersion()), d.caseType().name(), Long.toString(d.caseId()), d.caseNo(),
                d.occurrence(), Long.toString(d.departmentId()), String.valueOf(d.subjectId()), d.recipientName(),
                Boolean.toString(d.naturalPerson()), d.verificationCode(), d.issuedAt().toString(), d.issuedBy(),
                d.fields());
    }

    private LegalDocument find(long id) {
        LegalDocument document = mapper.findById(id);
        if (document == null) {
            throw new NotFoundException("document", id);
        }
        return document;
    }
}
