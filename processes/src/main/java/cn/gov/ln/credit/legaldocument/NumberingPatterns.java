package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each department numbers its papers: a pattern such as {@code 辽沈市监{series}〔{year}〕{seq}号} for one year,
 * or standing for every year (year 0). Set by administrators for departments in their division.
 */
@Service
public class NumberingPatterns {

    public static final int EVERY_YEAR = 0;
    public static final int MAX_LENGTH = 60;

    private final LegalDocumentMapper mapper;
    private final DocumentNumbering numbering;
    private final DepartmentService departments;
    private final AuditService audit;
    private final AccessGuard guard;

    NumberingPatterns(LegalDocumentMapper mapper, DocumentNumbering numbering, DepartmentService departments,
            AuditService audit, AccessGuard guard) {
        this.mapper = mapper;
        this.numbering = numbering;
        this.departments = departments;
        this.audit = audit;
        this.guard = guard;
    }

    /** The pattern in force for the department's papers of the year. */
    @Transactional(readOnly = true)
    public String patternOf(long departmentId, int year) {
        inScope(guard.require(Permissions.DOCUMENT_CONFIGURE), departmentId);
        return numbering.patternOf(departmentId, year);
    }

    /** How the pattern numbers the first paper of a series, to show before it is saved. */
    public String example(long departmentId, int year, String pattern) {
        Department department = departments.get(departmentId);
        return DocumentNumbering.format(pattern, department, year == EVERY_YEAR ? 2026 : year, "许", 1);
    }

    @Transactional
    public void set(long departmentId, int year, String pattern) {
        Actor actor = guard.require(Permissions.DOCUMENT_CONFIGURE);
        Department department = inScope(actor, departmentId);
        if (year != EVERY_YEAR && (year < 2000 || year > 2100)) {
            throw ValidationException.of("year", year < 2000 ? "validation.tooSmall" : "validation.tooLarge",
                    year < 2000 ? 2000 : 2100);
        }
        String text = pattern == null ? null : pattern.strip();
        String problem = DocumentNumbering.problem(text, year == EVERY_YEAR);
        if (problem == null) {
            problem = Text.nameProblem(text).orElse(text.length() > MAX_LENGTH ? "validation.tooLong" : null);
        }
        if (problem != null) {
            throw ValidationException.of("pattern", problem, MAX_LENGTH);
        }
        if (mapper.updatePattern(departmentId, year, text) == 0) {
            mapper.insertPattern(departmentId, year, text);
        }
        audit.record(actor, AuditActions.DOCUMENT_PATTERN_SET, "department", department.code(),
                (year == EVERY_YEAR ? "every year" : year) + ": " + text);
    }

    private Department inScope(Actor actor, long departmentId) {
        Department department = departments.find(departmentId).orElseThrow(
                () -> new NotFoundException("department", departmentId));
        guard.requireInScope(actor, department.divisionCode(), "department", departmentId);
        return department;
    }
}
