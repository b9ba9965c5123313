package cn.gov.ln.credit.integration.subject;

import cn.gov.ln.credit.creditfile.CreditFileService;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The credit file of a subject, for department systems: {@code GET /api/v1/subjects/{uscc or citizen ID}}. */
@RestController
@RequestMapping(path = "/api/v1/subjects", produces = MediaType.APPLICATION_JSON_VALUE)
class SubjectApiController {

    private final CreditFileService creditFiles;
    private final SubjectService subjects;
    private final Clock clock;

    SubjectApiController(CreditFileService creditFiles, SubjectService subjects, Clock clock) {
        this.creditFiles = creditFiles;
        this.subjects = subjects;
        this.clock = clock;
    }

    @GetMapping("/{identifier}")
    CreditFileResponse creditFile(@PathVariable String identifier) {
        LocalDate today = LocalDate.now(clock);
        return creditFiles.fileByIdentifier(identifier).map(file -> CreditFileResponse.of(file, today))
                .orElseThrow(() -> subjects.unknown("identifier", identifier));
    }
}
