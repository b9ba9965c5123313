package cn.gov.ln.credit.integration.creditreport;

import cn.gov.ln.credit.creditreport.CreditReports;
import cn.gov.ln.credit.integration.legaldocument.DocumentApiController;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The special credit report (专项信用报告) of an organisation, for department systems:
 * {@code GET /api/v1/subjects/{uscc}/credit-report}. Every call issues a new report with a new number; JSON
 * answers its number, code and the address of its PDF, {@code Accept: application/pdf} the PDF itself. A natural
 * person's report is never given to a department system (403).
 */
@RestController
@RequestMapping("/api/v1/subjects")
@Tag(name = "Credit reports", description = "专项信用报告（信用代证）")
class CreditReportApiController {

    private static final String PATH = "/{identifier}/credit-report";

    private final CreditReports reports;
    private final LegalDocuments documents;

    CreditReportApiController(CreditReports reports, LegalDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    /** JSON unless the caller asks for the PDF only: the mapping without a media type is the default. */
    @GetMapping(PATH)
    @Operation(summary = "Issue a credit report: its number, verification code and the address of its PDF",
            description = "Each call is a new report, recorded with the calling system and the reason given.")
    CreditReportResponse issue(@PathVariable String identifier, @RequestParam(required = false) String reason,
            HttpServletRequest request) {
        LegalDocument report = reports.issue(identifier, reason);
        return CreditReportResponse.of(report, DocumentApiController.contentAddress(request, report.id()));
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Issue a credit report and answer its PDF")
    ResponseEntity<byte[]> issuePdf(@PathVariable String identifier, @RequestParam(required = false) String reason) {
        LegalDocument report = reports.issue(identifier, reason);
        return DocumentApiController.pdf(report, documents.file(report.id()));
    }
}
