package cn.gov.ln.credit.integration.objection;

import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.objection.ObjectionService;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.Stored;
import cn.gov.ln.credit.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
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

/** Objections filed by department systems for subjects; the record is marked disputed at once. */
@RestController
@Tag(name = "Objections", description = "信用信息异议：受理、查询")
class ObjectionApiController {

    private final ObjectionService objections;
    private final ObjectionQueries queries;

    ObjectionApiController(ObjectionService objections, ObjectionQueries queries) {
        this.objections = objections;
        this.queries = queries;
    }

    @PostMapping(path = "/api/v1/objections", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File an objection for a subject", description = "Marks the record disputed and starts "
            + "its verification. Repeating a call with the same externalReference and content returns the same "
            + "objection (200); other content under it is a 409 naming the fields that differ.")
    ResponseEntity<ObjectionResponse> raise(@RequestBody ObjectionRequest request) {
        NewObjection objection = parse(request);
        Stored<Objection> stored;
        try {
            stored = objections.raiseOnce(objection);
        } catch (DuplicateKeyException concurrentRetry) {
            stored = objections.raiseOnce(objection);
        }
        Objection raised = stored.value();
        return ResponseEntity.status(stored.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/objections/{id}")
                        .build(raised.id()))
                .body(ObjectionResponse.of(raised));
    }

    @GetMapping(path = "/api/v1/objections/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read an objection the calling system filed")
    ObjectionResponse get(@PathVariable long id) {
        return ObjectionResponse.of(queries.get(id));
    }

    private static NewObjection parse(ObjectionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        Objection.RecordType type = parse(Objection.RecordType.class, "recordType", request.recordType(), violations);
        Objection.Ground ground = parse(Objection.Ground.class, "ground", request.ground(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new NewObjection(type, request.recordId(), ground, request.description(), request.subjectIdentifier(),
                request.externalReference());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value,
            List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, "validation.form.notAnOption"));
            return null;
        }
    }
}
