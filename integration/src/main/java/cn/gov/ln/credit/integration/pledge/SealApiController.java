package cn.gov.ln.credit.integration.pledge;

import cn.gov.ln.credit.seal.SealService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: the platform seal's certificate, so anyone can check registry signatures independently. */
@RestController
@Tag(name = "Seal")
class SealApiController {

    private final SealService seal;

    SealApiController(SealService seal) {
        this.seal = seal;
    }

    @GetMapping(path = "/api/v1/seal/certificate", produces = "application/x-pem-file")
    @Operation(summary = "The active SM2 seal certificate (PEM)")
    String certificate() {
        return seal.activeCertificatePem();
    }
}
