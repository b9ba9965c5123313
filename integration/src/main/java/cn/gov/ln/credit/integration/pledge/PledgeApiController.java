package cn.gov.ln.credit.integration.pledge;

import cn.gov.ln.credit.integration.api.ApiPaging;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeLetter;
import cn.gov.ln.credit.pledge.PledgePublication;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.shared.Stored;
import cn.gov.ln.credit.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Credit pledges for department systems: draft for a subject, sign, read, list by subject, withdraw, fetch the
 * letter. The verification endpoint is public. Each call acts as the calling department.
 */
@RestController
@RequestMapping(path = "/api/v1/pledges", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pledges", description = "信用承诺：起草、签署、查询、核验")
class PledgeApiController {

    private final PledgeService pledges;
    private final PledgeQueries queries;
    private final PledgePublication publication;
    private final PledgeLetter letters;

    PledgeApiController(PledgeService pledges, PledgeQueries queries, PledgePublication publication,
            PledgeLetter letters) {
        this.pledges = pledges;
        this.queries = queries;
        this.publication = publication;
        this.letters = letters;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a pledge", description = "Validates the template's fields; nothing is signed yet. "
            + "Repeating a call with the same externalReference and content returns the same pledge (200); other "
            + "content under it is a 409 naming the fields that differ.")
    ResponseEntity<PledgeResponse> draft(@RequestBody PledgeRequest request) {
        Stored<Pledge> stored = pledges.draftOnce(new NewPledge(request.templateCode(), request.subjectIdentifier(),
                request.reason(), request.fields(), publicity(request.publicity()), null,
                request.externalReference()));
        Pledge draft = stored.value();
        String reference = draft.recordCode() != null ? draft.recordCode() : draft.draftRef();
        return ResponseEntity.status(stored.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{ref}").build(reference))
                .body(PledgeResponse.of(queries.get(reference)));
    }

    @PostMapping("/{reference}/sign")
    @Operation(summary = "Sign a drafted pledge", description = "Assigns the record code, seals the record into "
            + "the registry. Signing a signed pledge again returns it unchanged.")
    PledgeResponse sign(@PathVariable String reference) {
        Pledge signed = pledges.sign(reference);
        return PledgeResponse.of(queries.get(signed.recordCode()));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "Read a pledge by record code or draft reference")
    PledgeResponse get(@PathVariable String reference) {
        return PledgeResponse.of(queries.get(reference));
    }

    @GetMapping
    @Operation(summary = "List the pledges of a subject that the calling department may see")
    List<PledgeResponse> ofSubject(@RequestParam String subject, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.ofSubject(subject, ApiPaging.of(page, size)).stream().map(PledgeResponse::of)
                .toList();
    }

    @PostMapping(path = "/{code}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a pledge that no filing relies on yet")
    PledgeResponse withdraw(@PathVariable String code, @RequestBody WithdrawalRequest request) {
        pledges.withdraw(code, request.reason());
        return PledgeResponse.of(queries.get(code));
    }

    @GetMapping(path = "/{code}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The signed pledge letter (PDF)")
    ResponseEntity<byte[]> letter(@PathVariable String code) {
        Pledge pledge = queries.forLetter(code);
        byte[] pdf = letters.render(pledge);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PledgeLetter.fileName(pledge)).build().toString())
                .body(pdf);
    }

    @GetMapping("/{code}/verification")
    @Operation(summary = "Public: is the letter with this record code and verification code authentic and current?",
            description = "Give the short verificationCode printed on the letter (any case, spaces and hyphens "
                    + "allowed), or letterHash, the SM3 hash older letters print; exactly one of them. A wrong "
                    + "verificationCode answers NOT_FOUND, as a record code that does not exist does.")
    VerificationResponse verify(@PathVariable String code, @RequestParam(required = false) String letterHash,
            @RequestParam(required = false) String verificationCode) {
        boolean byCode = verificationCode != null && !verificationCode.isBlank();
        boolean byHash = letterHash != null && !letterHash.isBlank();
        if (byCode == byHash) {
            throw ValidationException.of("verificationCode", "validation.pledge.oneVerificationCredential");
        }
        return VerificationResponse.of(byCode ? publication.verifyWithCode(code, verificationCode)
                : publication.verify(code, letterHash));
    }

    record WithdrawalRequest(String reason) {
    }

    private static Publicity publicity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Publicity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("publicity", "validation.form.notAnOption");
        }
    }
}
