package cn.gov.ln.credit.integration.legaldocument;

import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Papers (文书) by machine: a paper's PDF for whoever may read it, by the paper's id (a number is Chinese text
 * that no address should have to carry, and the id tells nothing: a paper the caller may not read answers 404
 * like one that does not exist); and the public verification of a paper by its number and code.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "文书：下载与核验")
public class DocumentApiController {

    private final LegalDocuments documents;

    DocumentApiController(LegalDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/{id}/content", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The PDF of a paper, as issued", description = "For the paper's addressee, its case's "
            + "readers and, for a credit report, whoever asked for it; anyone else gets 404.")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        LegalDocument document = documents.get(id);
        return pdf(document, documents.file(id));
    }

    @GetMapping(path = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Public: is the paper with this number and code genuine and in force?",
            description = "VALID, REVOKED or NOT_VERIFIED; a wrong code and an unknown number answer alike.")
    DocumentVerificationResponse verify(@RequestParam String number, @RequestParam String code) {
        return DocumentVerificationResponse.of(documents.verify(number, code));
    }

    @GetMapping(path = "/{number}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Public: the same, with the number in the address (percent-encoded UTF-8)")
    DocumentVerificationResponse verifyByNumber(@PathVariable String number, @RequestParam String code) {
        return verify(number, code);
    }

    /** The address of a paper's PDF, as answers give it. */
    public static String contentAddress(HttpServletRequest request, long id) {
        return ServletUriComponentsBuilder.fromContextPath(request).path("/api/v1/documents/{id}/content")
                .buildAndExpand(id).toUriString();
    }

    /** A paper's PDF as an attachment with an ASCII file name, never kept in a cache on the way. */
    public static ResponseEntity<byte[]> pdf(LegalDocument document, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .body(content);
    }
}
