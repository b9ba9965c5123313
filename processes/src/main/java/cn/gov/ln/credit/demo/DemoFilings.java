package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewAttachment;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMaterial;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Filings to work on: the demo applicant's own, filed in lieu of certificates on the pledge it signed, and
 * filings taken in at the Shenyang market regulator's window for organisations of every credit standing. They
 * run through the real service and process, so once the demo commits, the job executor checks their credit and
 * routes them, and the officers' task lists fill.
 */
@Component
class DemoFilings {

    private static final String[] MATTERS = {"LN-SCJG-001", "LN-SCJG-003", "LN-SCJG-002"};
    private static final String SHENYANG = "s.division_code LIKE '2101%' AND s.kind = 'LEGAL_PERSON'";

    private final FilingService filings;
    private final MatterService matters;
    private final SecurityManager securityManager;
    private final JdbcTemplate jdbc;

    DemoFilings(FilingService filings, MatterService matters, SecurityManager securityManager, JdbcTemplate jdbc) {
        this.filings = filings;
        this.matters = matters;
        this.securityManager = securityManager;
        this.jdbc = jdbc;
    }

    /** Files the applicant's own application and {@code count} window filings; returns how many were filed. */
    int fileSamples(int count) {
        String pledge = jdbc.queryForList("SELECT p.record_code FROM pledge p JOIN credit_subject s ON s.id = "
                + "p.subject_id WHERE s.uscc = ? AND p.matter_code = 'LN-SCJG-001' AND p.status = "
                + "'SIGNED' ORDER BY p.id", String.class, DemoInstallation.APPLICANT_USCC).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo applicant has no signed pledge to file on"));
        as("applicant").execute(() -> filings.file(new NewFiling("LN-SCJG-001", null, true, pledge, null),
                papers("LN-SCJG-001", true)));
        as("applicant").execute(() -> filings.file(new NewFiling("LN-SCJG-003", null, false, null, null),
                papers("LN-SCJG-003", false)));
        List<String> organisations = new ArrayList<>(subjects("EXISTS (SELECT 1 FROM list_entry e WHERE "
                + "e.subject_id = s.id AND e.status = 'ACTIVE' AND e.list_type = 'DISHONESTY')", 2));
        organisations.addAll(subjects("EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND "
                + "e.status = 'ACTIVE' AND e.list_type = 'RED')", 2));
        organisations.addAll(subjects("NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id)",
                Math.max(0, count - organisations.size())));
        Subject window = as("intake");
        for (int i = 0; i < organisations.size(); i++) {
            String matter = MATTERS[i % MATTERS.length];
            String uscc = organisations.get(i);
            window.execute(() -> filings.file(new NewFiling(matter, uscc, false, null, null)));
        }
        return organisations.size() + 2;
    }

    /** A small PDF for each material the portal asks of the applicant, as they would attach it. */
    private List<NewAttachment> papers(String matter, boolean onPledge) {
        return matters.get(matter).materials().stream().filter(m -> m.requiredWhen(onPledge))
                .map(PermitMaterial::name).map(name -> new NewAttachment(name, name + ".pdf", "application/pdf",
                        ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8))).toList();
    }

    private List<String> subjects(String condition, int count) {
        return jdbc.queryForList("SELECT s.uscc FROM credit_subject s WHERE " + SHENYANG + " AND s.uscc <> ? AND "
                + condition + " ORDER BY s.id FETCH FIRST " + count + " ROWS ONLY", String.class,
                DemoInstallation.APPLICANT_USCC);
    }

    private Subject as(String username) {
        return DemoPledges.signedIn(securityManager, username);
    }
}
