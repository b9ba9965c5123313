package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.forms.FormSchemaException;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.seal.Sm3;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.SubjectKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledge templates and their versions. Administrators edit a draft; publishing fixes its text for good (a later
 * edit opens a new draft version), hashes it, and retires the version it replaces.
 */
@Service
public class PledgeTemplateService {

    public static final int MAX_TEXT = 4000;
    static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{2,63}";

    private final TemplateMapper mapper;
    private final MatterService matters;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    PledgeTemplateService(TemplateMapper mapper, MatterService matters, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.matters = matters;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** The templates applicants can sign today, each with its published version. */
    @Transactional(readOnly = true)
    public List<PublishedTemplate> published() {
        requireReader();
        Map<Long, PledgeTemplate> templates = mapper.findTemplates().stream()
                .collect(Collectors.toMap(PledgeTemplate::id, Function.identity()));
        return mapper.findPublished().stream()
                .map(v -> new PublishedTemplate(templates.get(v.templateId()), v))
                .sorted(Comparator.comparing((PublishedTemplate p) -> p.template().pledgeType())
                        .thenComparing(p -> p.template().code()))
                .toList();
    }

    /** The published templates written for a subject of this kind: a citizen is not offered a company's pledge. */
    @Transactional(readOnly = true)
    public List<PublishedTemplate> publishedFor(SubjectKind kind) {
        return published().stream().filter(p -> p.template().audience().admits(kind)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedTemplate> published(String code) {
        requireReader();
        return publishedVersionOf(code);
    }

    @Transactional(readOnly = true)
    public List<PledgeTemplate> templates() {
        guard.require(Permissions.TEMPLATE_MANAGE);
        return mapper.findTemplates();
    }

    @Transactional(readOnly = true)
    public List<TemplateVersion> versions(long templateId) {
        guard.require(Permissions.TEMPLATE_MANAGE);
        return mapper.findVersions(templateId);
    }

    @Transactional
    public long create(NewTemplate request) {
        Actor actor = guard.require(Permissions.TEMPLATE_MANAGE);
        List<FieldViolation> violations = new ArrayList<>(Constraints.violations(request));
        if (request.matterCode() != null && matters.find(request.matterCode()).isEmpty()) {
            violations.add(FieldViolation.of("matterCode", "validation.notFound"));
        }
        violations.addAll(check(request.text()));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Instant now = Instant.now(clock);
        GeneratedId templateId = new GeneratedId();
        try {
            mapper.insertTemplate(new PledgeTemplate(0, request.code(), request.pledgeType(), request.matterCode(),
                    request.title().strip(), audience(request.audience()), now, actor.username()), templateId);
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("code", "validation.template.codeTaken");
        }
        insertDraft(templateId.value(), 1, request.text(), actor, now);
        audit.record(actor, AuditActions.TEMPLATE_CREATED, "pledgeTemplate", templateId.value(), request.code());
        return templateId.value();
    }

    /**
     * Says for whom a template is written. It takes effect for the next draft signed on it; pledges already signed
     * keep the text they were signed with.
     */
    @Transactional
    public void changeAudience(long templateId, TemplateAudience audience) {
        Actor actor = guard.require(Permissions.TEMPLATE_MANAGE);
        PledgeTemplate template = template(templateId);
        if (audience == null) {
            throw ValidationException.of("audience", "validation.required");
        }
        if (template.audience() == audience) {
            return;
        }
        mapper.updateAudience(templateId, audience);
        audit.record(actor, AuditActions.TEMPLATE_AUDIENCE_CHANGED, "pledgeTemplate", templateId,
                template.audience() + " -> " + audience);
    }

    /** Saves the text as the template's draft: the existing draft, or a new version after the published one. */
    @Transactional
    public long saveDraft(long templateId, TemplateText text) {
        Actor actor = guard.require(Permissions.TEMPLATE_MANAGE);
        template(templateId);
        List<FieldViolation> violations = check(text);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<TemplateVersion> versions = mapper.findVersions(templateId);
        TemplateVersion latest = versions.get(0);
        long id;
        if (latest.status() == VersionStatus.DRAFT) {
            if (mapper.updateDraft(latest.id(), text.withPersonTextTrimmed()) != 1) {
                throw new ConflictException("error.template.notDraft");
            }
            id = latest.id();
        } else {
            id = insertDraft(templateId, latest.versionNo() + 1, text, actor, Instant.now(clock));
        }
        audit.record(actor, AuditActions.TEMPLATE_DRAFT_SAVED, "pledgeTemplateVersion", id, null);
        return id;
    }

    /** Publishes the template's draft; from now on its text cannot change. */
    @Transactional
    public TemplateVersion publish(long templateId) {
        Actor actor = guard.require(Permissions.TEMPLATE_MANAGE);
        template(templateId);
        TemplateVersion draft = mapper.findVersions(templateId).stream()
                .filter(v -> v.status() == VersionStatus.DRAFT).findFirst()
                .orElseThrow(() -> new ConflictException("error.template.noDraft"));
        String hash = textHash(draft);
        if (mapper.publish(draft.id(), hash, Instant.now(clock), actor.username()) != 1) {
            throw new ConflictException("error.template.notDraft");
        }
        mapper.retireOthers(templateId, draft.id());
        audit.record(actor, AuditActions.TEMPLATE_PUBLISHED, "pledgeTemplateVersion", draft.id(), "v" + draft.versionNo()
                + " " + hash);
        return mapper.findVersion(draft.id());
    }

    /** A version by id, for the pledge service; no permission of its own. */
    public TemplateVersion version(long id) {
        TemplateVersion version = mapper.findVersion(id);
        if (version == null) {
            throw new NotFoundException("pledgeTemplateVersion", id);
        }
        return version;
    }

    /** The template a version belongs to, for the pledge service. */
    public PledgeTemplate templateOf(TemplateVersion version) {
        return template(version.templateId());
    }

    /** The published version of a template by code, for the pledge service; no permission of its own. */
    public Optional<PublishedTemplate> publishedVersionOf(String code) {
        PledgeTemplate template = code == null ? null : mapper.findTemplateByCode(code);
        if (template == null) {
            return Optional.empty();
        }
        return mapper.findVersions(template.id()).stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                .findFirst().map(v -> new PublishedTemplate(template, v));
    }

    /**
     * SM3 over every text of the version, in a fixed order. The natural person's wording is appended only where a
     * version has one, so versions published before it existed keep their hash.
     */
    public static String textHash(TemplateVersion version) {
        String texts = String.join("\u001f", version.noticeText(), version.pledgeText(), version.liabilityText(),
                version.formSchema(), Integer.toString(version.validityMonths()));
        return Sm3.hex(version.personPledgeText() == null ? texts : texts + "\u001f" + version.personPledgeText());
    }

    private long insertDraft(long templateId, int versionNo, TemplateText text, Actor actor, Instant now) {
        GeneratedId id = new GeneratedId();
        mapper.insertVersion(new TemplateVersion(0, templateId, versionNo, VersionStatus.DRAFT, text.noticeText(),
                text.pledgeText(), text.liabilityText(), text.formSchema(), text.validityMonths(), null, now,
                actor.username(), null, null, text.personText()), id);
        return id.value();
    }

    private PledgeTemplate template(long id) {
        PledgeTemplate template = mapper.findTemplate(id);
        if (template == null) {
            throw new NotFoundException("pledgeTemplate", id);
        }
        return template;
    }

    private void requireReader() {
        if (!guard.isPermitted(Permissions.PLEDGE_SIGN) && !guard.isPermitted(Permissions.PLEDGE_READ)
                && !guard.isPermitted(Permissions.TEMPLATE_MANAGE)) {
            guard.current();
            throw new AccessDeniedException(Permissions.PLEDGE_SIGN);
        }
    }

    static List<FieldViolation> check(TemplateText text) {
        if (text == null) {
            return List.of(FieldViolation.of("text", "validation.required"));
        }
        List<FieldViolation> violations = new ArrayList<>(Constraints.violations(text));
        Set<String> known = new HashSet<>(Placeholders.BUILT_IN);
        try {
            FormSchema schema = FormSchema.parse(text.formSchema());
            schema.inputs().forEach(input -> known.add(input.key()));
        } catch (FormSchemaException e) {
            violations.add(FieldViolation.of("formSchema", "validation.template.formSchema", e.getMessage()));
            return violations;
        }
        unknownPlaceholders("pledgeText", text.pledgeText(), known, violations);
        unknownPlaceholders("personPledgeText", text.personText(), known, violations);
        return violations;
    }

    private static void unknownPlaceholders(String field, String text, Set<String> known,
            List<FieldViolation> violations) {
        if (text != null) {
            for (String name : Placeholders.names(text)) {
                if (!known.contains(name)) {
                    violations.add(FieldViolation.of(field, "validation.template.unknownPlaceholder", name));
                }
            }
        }
    }

    private static TemplateAudience audience(TemplateAudience requested) {
        return requested == null ? TemplateAudience.ALL : requested;
    }
}
