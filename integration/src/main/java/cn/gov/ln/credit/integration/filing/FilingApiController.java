package cn.gov.ln.credit.integration.filing;

import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.FilingSummary;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.shared.Stored;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Permit filings from department systems, and credit checks on request. Each call acts as the calling
 * department: it files for the matters it handles and reads only its own filings.
 */
@RestController
@Tag(name = "Filings", description = "行政许可办件：收件、查询；信用核查（逢办必查）")
class FilingApiController {

    private final FilingService filings;
    private final FilingQueries queries;
    private final CreditCheckService creditChecks;
    private final MessageSource messages;

    FilingApiController(FilingService filings, FilingQueries queries, CreditCheckService creditChecks,
            MessageSource messages) {
        this.filings = filings;
        this.queries = queries;
        this.creditChecks = creditChecks;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/filings", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File an application", description = "Starts the filing's process; its credit check "
            + "follows at once. Repeating a call with the same externalReference and content returns the same filing "
            + "(200); other content under it is a 409 naming the fields that differ.")
    ResponseEntity<FilingResponse> file(@RequestBody FilingRequest request, Locale locale) {
        NewFiling newFiling = new NewFiling(request.matterCode(), request.subjectIdentifier(),
                Boolean.TRUE.equals(request.inLieuRequested()), request.pledgeCode(), request.externalReference());
        Stored<FilingSummary> stored;
        try {
            stored = filings.fileOnce(newFiling);
        } catch (DuplicateKeyException concurrentRetry) {
            // the same reference committed by a parallel call after our lookup: that one is the filing
            stored = filings.fileOnce(newFiling);
        }
        FilingSummary filed = stored.value();
        return ResponseEntity.status(stored.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/filings/{id}")
                        .build(filed.filing().id()))
                .body(response(filed, locale));
    }

    @GetMapping(path = "/api/v1/filings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a filing of the calling department, with the evidence of its credit checks")
    FilingResponse get(@PathVariable long id, Locale locale) {
        return response(queries.summary(id), locale);
    }

    @GetMapping(path = "/api/v1/subjects/{code}/credit-check", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a subject's credit now", description = "Asks the configured credit source and "
            + "records the check as evidence, with the caller as the one who asked. 503 when the source is down.")
    CreditCheckResponse check(@PathVariable String code) {
        CreditCheckRecord record = creditChecks.check(code, CheckPurpose.ON_REQUEST, null).record();
        return CreditCheckResponse.of(record, creditChecks.hits(record));
    }

    private FilingResponse response(FilingSummary view, Locale locale) {
        String refusal = view.filing().inLieuRefusal();
        return FilingResponse.of(view, refusal == null ? null : messages.getMessage(refusal, null, refusal, locale),
                creditChecks::hits);
    }
}
