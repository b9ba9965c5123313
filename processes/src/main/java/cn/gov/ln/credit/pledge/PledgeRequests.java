package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.forms.FormValidator;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.StoredJson;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * How {@link PledgeService} reads a draft request: who pledges (an applicant only for themself, anyone else for
 * the subject they name), to which unit (a department system always to its own department), and what a retry
 * under the same external reference asks that the stored pledge does not hold. The draft and its retry read the
 * request the same way, so a faithful retry finds no difference.
 */
@Component
class PledgeRequests {

    private final StoredJson storedJson;

    private final PledgeTemplateService templates;
    private final SubjectService subjects;
    private final DepartmentService departments;

    PledgeRequests(PledgeTemplateService templates, SubjectService subjects, DepartmentService departments,
            StoredJson storedJson) {
        this.templates = templates;
        this.subjects = subjects;
        this.departments = departments;
        this.storedJson = storedJson;
    }

    /** What a retry under the same reference asks that the stored pledge does not hold. */
    List<String> differences(Actor actor, NewPledge request, Pledge earlier) {
        List<String> fields = new ArrayList<>();
        TemplateVersion version = templates.version(earlier.templateVersionId());
        if (request.templateCode() == null
                || !templates.templateOf(version).code().equals(request.templateCode().strip())) {
            fields.add("templateCode");
        } else {
            FormValidator.Result form = FormValidator.validate(version.form(), request.fields());
            if (!form.violations().isEmpty() || !json(form.values()).equals(earlier.fieldValues())) {
                fields.add("fields");
            }
        }
        if (request.reason() == null || !request.reason().strip().equals(earlier.reason())) {
            fields.add("reason");
        }
        if (request.publicity() != earlier.publicity()) {
            fields.add("publicity");
        }
        Violations ignored = Violations.of(request);
        try {
            CreditSubject subject = pledger(actor, request, ignored);
            if (subject == null || subject.id() != earlier.subjectId()) {
                fields.add("subjectIdentifier");
            }
            Department accepting = acceptingDepartment(actor, request, ignored);
            if (!Objects.equals(accepting == null ? null : accepting.id(), earlier.acceptingDepartmentId())) {
                fields.add("acceptingDepartmentId");
            }
        } catch (BusinessException unknown) {
            fields.add("subjectIdentifier");
        }
        return fields;
    }

    CreditSubject pledger(Actor actor, NewPledge request, Violations violations) {
        return subjects.subjectOf(actor, "subjectIdentifier", request.subjectIdentifier(), violations);
    }

    Department acceptingDepartment(Actor actor, NewPledge request, Violations violations) {
        if (actor.kind() == ActorKind.API_CLIENT) {
            return departments.find(actor.departmentId()).orElse(null);
        }
        if (request.acceptingDepartmentId() == null) {
            return null;
        }
        Optional<Department> department = departments.find(request.acceptingDepartmentId());
        if (department.isEmpty()) {
            violations.add(FieldViolation.of("acceptingDepartmentId", "validation.notFound"));
            return null;
        }
        return department.get();
    }

    /** The form values as stored: keys in order, so the same values are always the same text. */
    /** The stored form of a pledge's field values: keys sorted, so a retry's values compare as text. */
    String json(Map<String, Object> values) {
        return storedJson.write(new TreeMap<>(values));
    }
}
