package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the caller may file before they file it: the matters (an applicant any of the catalogue, an officer or a
 * department system those of its own line, as {@link FilingService#file} accepts), whether a pledge may replace
 * the certificates, and which of the applicant's pledges could.
 */
@Service
public class FilingOptions {

    private final FilingService filings;
    private final MatterService matters;
    private final DepartmentService departments;
    private final PledgeQueries pledges;
    private final AccessGuard guard;

    FilingOptions(FilingService filings, MatterService matters, DepartmentService departments, PledgeQueries pledges,
            AccessGuard guard) {
        this.filings = filings;
        this.matters = matters;
        this.departments = departments;
        this.pledges = pledges;
        this.guard = guard;
    }

    /** The matters the caller may file for. */
    public List<PermitMatter> matters() {
        Actor actor = guard.current();
        if (actor.kind() == ActorKind.APPLICANT) {
            return matters.all();
        }
        String line = departments.find(actor.departmentId()).map(Department::lineCode).orElse("");
        return matters.all().stream().filter(m -> m.lineCode().equals(line)).toList();
    }

    /** Whether the caller may ask for the matter's certificates to be replaced by a signed pledge. */
    public boolean inLieuOffered(PermitMatter matter) {
        return matter.acceptsPledgeInLieu() && guard.current().kind() == ActorKind.APPLICANT;
    }

    /**
     * The applicant's signed pledges that could replace the matter's certificates: for this matter, made to the
     * department that will handle the filing, and not yet relied on by another filing.
     */
    @Transactional(readOnly = true)
    public List<PledgeView> inLieuPledges(String matterCode) {
        Department handling = filings.handlingDepartment(matterCode);
        return pledges.own(new PledgeQuery(null, PledgeStatus.SIGNED, matterCode)).stream()
                .filter(p -> Long.valueOf(handling.id()).equals(p.pledge().acceptingDepartmentId())
                        && p.pledge().reliedOnAt() == null).toList();
    }
}
