package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.notification.NoticeDelivery;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.ActorKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * How the notices about a case's papers reached their addressee (in the app, by e-mail, by SMS), for the officers
 * who follow the case: the record beside each paper that a notice was sent, retried or given up, and read. Only the
 * papers the caller may read are looked at; an applicant is shown none of it (they hold the notices themselves).
 */
@Service
public class PaperNotices {

    static final String LINK = "documents/";

    private final LegalDocuments documents;
    private final NotificationService notifications;
    private final AccessGuard guard;

    PaperNotices(LegalDocuments documents, NotificationService notifications, AccessGuard guard) {
        this.documents = documents;
        this.notifications = notifications;
        this.guard = guard;
    }

    /** The deliveries of each readable paper of the case, by paper id; papers no notice linked to are left out. */
    public Map<Long, List<NoticeDelivery>> ofCase(CaseType caseType, long caseId) {
        return of(documents.ofCase(caseType, caseId));
    }

    /**
     * The same for papers the caller has read already through {@link LegalDocuments}, which held them to the case's
     * rule of who reads what, so a screen that lists them does not read them twice.
     */
    public Map<Long, List<NoticeDelivery>> of(List<LegalDocument> papers) {
        if (papers.isEmpty() || guard.current().kind() == ActorKind.APPLICANT) {
            return Map.of();
        }
        Map<String, Long> byLink = papers.stream()
                .collect(Collectors.toMap(p -> LINK + p.id(), LegalDocument::id, (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<NoticeDelivery>> byPaper = new LinkedHashMap<>();
        notifications.deliveriesFor(byLink.keySet()).forEach((link, shown) -> byPaper.put(byLink.get(link), shown));
        return byPaper;
    }
}
