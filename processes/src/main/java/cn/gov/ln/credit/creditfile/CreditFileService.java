package cn.gov.ln.credit.creditfile;

import cn.gov.ln.credit.grade.GradeService;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectView;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a subject's credit file for officers, department systems and the subject itself. */
@Service
public class CreditFileService {

    private final SubjectService subjects;
    private final GradeService grades;
    private final ListingService listings;
    private final AccessGuard guard;

    CreditFileService(SubjectService subjects, GradeService grades, ListingService listings, AccessGuard guard) {
        this.subjects = subjects;
        this.grades = grades;
        this.listings = listings;
        this.guard = guard;
    }

    /** The file of a subject in the caller's division, by record id (from a list screen). */
    @Transactional(readOnly = true)
    public CreditFile fileOf(long subjectId) {
        SubjectView subject = subjects.get(subjectId);
        return assemble(subject);
    }

    /** The file of any subject in the province, by its USCC or citizen ID. */
    @Transactional(readOnly = true)
    public Optional<CreditFile> fileByIdentifier(String identifier) {
        return subjects.findByIdentifier(identifier).map(this::assemble);
    }

    /** An applicant's own file. */
    @Transactional(readOnly = true)
    public CreditFile ownFile() {
        Actor actor = guard.require(Permissions.OWN_CREDIT_FILE);
        if (actor.subjectId() == null) {
            throw new NotFoundException("subject", actor.username());
        }
        CreditSubject subject = subjects.lookup(actor.subjectId())
                .orElseThrow(() -> new NotFoundException("subject", actor.subjectId()));
        return assemble(subjects.view(subject));
    }

    private CreditFile assemble(SubjectView subject) {
        return new CreditFile(subject, grades.history(subject.id()), listings.entriesOf(subject.id()));
    }
}
