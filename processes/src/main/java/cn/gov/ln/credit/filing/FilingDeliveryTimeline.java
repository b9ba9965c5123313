package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.DeliveryStatus;
import cn.gov.ln.credit.notification.DeliveryTimeline;
import cn.gov.ln.credit.shared.MessageArgs;
import org.springframework.stereotype.Component;

/**
 * Writes how a notice about a filing reached the applicant on the filing's timeline: a notice links to the filing
 * ({@code filings/<id>}) or to a paper of the filing ({@code documents/<id>}).
 */
@Component
class FilingDeliveryTimeline implements DeliveryTimeline {

    private final FilingRecords records;
    private final LegalDocuments documents;

    FilingDeliveryTimeline(FilingRecords records, LegalDocuments documents) {
        this.records = records;
        this.documents = documents;
    }

    @Override
    public Long filingOf(String link) {
        if (link.startsWith("filings/")) {
            return number(link.substring("filings/".length()));
        }
        if (link.startsWith("documents/")) {
            Long paperId = number(link.substring("documents/".length()));
            if (paperId != null) {
                LegalDocument paper = documents.get(paperId);
                return paper.caseType() == CaseType.FILING ? paper.caseId() : null;
            }
        }
        return null;
    }

    @Override
    public void record(long filingId, NotificationChannel channel, DeliveryStatus status, int attempts) {
        String type = switch (status) {
            case SENT -> "NOTICE_SENT";
            case PENDING -> "NOTICE_RETRYING";
            case FAILED -> "NOTICE_FAILED";
        };
        records.note(filingId, type, MessageArgs.label(channel), attempts);
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
