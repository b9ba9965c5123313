package cn.gov.ln.credit.integration.modeladmin;

import cn.gov.ln.credit.modeladmin.Finding;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.modeladmin.ModelValidator;
import cn.gov.ln.credit.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Process administrators' tools upload models here, as they would on the model library screen: the file as sent
 * is checked (a non-model is refused and stored nowhere), becomes a draft, and the answer says whether it may be
 * deployed and every finding by element and attribute. Deployment goes through the same four-eyes review.
 */
@RestController
@Tag(name = "Model drafts", description = "流程管理员：上传 BPMN / DMN / 表单模型为草稿并查看校验结果")
class ModelDraftApiController {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}\\.(bpmn|dmn|form)");

    private final ModelLibraryService library;
    private final ModelLibraryQueries queries;
    private final MessageSource messages;

    ModelDraftApiController(ModelLibraryService library, ModelLibraryQueries queries, MessageSource messages) {
        this.library = library;
        this.queries = queries;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/model-drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a model as a draft", description = "Multipart field `file` (BPMN, DMN or form); "
            + "`resourceName` (e.g. processes/PermitFiling.bpmn) defaults from the file name. An open draft of the "
            + "same model is replaced only with `replace=true`; otherwise 409. 400 for a file that is not a model, "
            + "413 over the size limit.")
    ResponseEntity<ModelDraftResponse> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "resourceName", required = false) String resourceName,
            @RequestParam(name = "replace", defaultValue = "false") boolean replace, Locale locale) {
        if (file.getSize() > ModelValidator.MAX_BYTES) {
            throw new MaxUploadSizeExceededException(ModelValidator.MAX_BYTES);
        }
        String name = resourceName == null || resourceName.isBlank() ? resourceOf(file.getOriginalFilename())
                : resourceName.strip();
        ModelDraft draft = library.importModel(name, bytes(file), replace);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/model-drafts/{id}")
                        .build(draft.id()))
                .body(response(draft, locale));
    }

    @GetMapping(path = "/api/v1/model-drafts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A draft with its findings")
    ModelDraftResponse get(@PathVariable long id, Locale locale) {
        return response(queries.draft(id), locale);
    }

    private ModelDraftResponse response(ModelDraft draft, Locale locale) {
        List<ModelDraftResponse.FindingResponse> findings = queries.validate(draft.id()).stream()
                .map(finding -> finding(finding, locale)).toList();
        return new ModelDraftResponse(draft.id(), draft.resourceName(), draft.kind().name(), draft.status().name(),
                draft.author(), draft.updatedAt(), findings.isEmpty(), findings);
    }

    private ModelDraftResponse.FindingResponse finding(Finding finding, Locale locale) {
        return new ModelDraftResponse.FindingResponse(finding.elementId(), finding.attribute(), finding.rule(),
                messages.getMessage(finding.messageKey(), finding.arguments().toArray(), finding.messageKey(),
                        locale));
    }

    /** {@code PermitFiling.bpmn} is {@code processes/PermitFiling.bpmn}; {@code x.form} a task form. */
    static String resourceOf(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        if (!FILE_NAME.matcher(name).matches()) {
            throw ValidationException.of("resourceName", "model.lint.resourceName");
        }
        return (name.endsWith(".form") ? "forms/task/" : "processes/") + name;
    }

    private static byte[] bytes(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(ModelValidator.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
