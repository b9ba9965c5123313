package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.apache.shiro.web.filter.PathMatchingFilter;
import org.apache.shiro.web.util.WebUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a call through the engine's REST API or the Camunda webapps' API only when {@link EngineDoor} allows its
 * method and path; any other call is refused with 403 in the API's error format and audited. An allowed change is
 * put on the audit trail once it succeeded, with who, what and the reason: on the REST API the caller must give
 * one in the {@value #REASON_HEADER} header (UTF-8, percent-encoded), in Cockpit the annotation's text or the
 * webapp's name stands for it.
 */
public class EngineDoorFilter extends PathMatchingFilter {

    public static final String REASON_HEADER = "X-Reason";
    private static final Logger log = LoggerFactory.getLogger(EngineDoorFilter.class);
    private static final String VERDICT = EngineDoorFilter.class.getName() + ".verdict";
    private static final int REASON_LENGTH = 500;
    private static final int TARGET_LENGTH = 64;

    private final DenialRecorder denials;
    private final AuditService audit;
    private final ApiRefusals refusals;

    public EngineDoorFilter(DenialRecorder denials, AuditService audit, ApiRefusals refusals) {
        this.denials = denials;
        this.audit = audit;
        this.refusals = refusals;
    }

    @Override
    protected boolean onPreHandle(ServletRequest request, ServletResponse response, Object mappedValue)
            throws Exception {
        HttpServletRequest in = WebUtils.toHttp(request);
        HttpServletResponse out = WebUtils.toHttp(response);
        String path = WebUtils.getPathWithinApplication(in);
        boolean overridden = in.getHeader("X-HTTP-Method-Override") != null
                || in.getQueryString() != null && in.getQueryString().contains("_method=");
        EngineDoor.Verdict verdict = overridden ? new EngineDoor.Verdict(null) : EngineDoor.judge(in.getMethod(), path);
        if (!verdict.allowed()) {
            denials.denied(in.getMethod() + " " + path, "engine door");
            refusals.write(in, out, HttpServletResponse.SC_FORBIDDEN, "forbidden", "engine.refused", null);
            return false;
        }
        if (verdict.rule().kind() == EngineDoor.Kind.CHANGE && path.startsWith("/engine-rest")
                && reason(in) == null) {
            refusals.write(in, out, HttpServletResponse.SC_BAD_REQUEST, "validation", "validation.required",
                    REASON_HEADER);
            return false;
        }
        request.setAttribute(VERDICT, verdict);
        return true;
    }

    /** The engine REST API's error answers are rewritten in the API's format; the webapps keep the engine's. */
    @Override
    protected void executeChain(ServletRequest request, ServletResponse response, FilterChain chain)
            throws Exception {
        if (!WebUtils.getPathWithinApplication(WebUtils.toHttp(request)).startsWith("/engine-rest")) {
            super.executeChain(request, response, chain);
            return;
        }
        EngineErrors errors = new EngineErrors(WebUtils.toHttp(response));
        chain.doFilter(request, errors);
        errors.finish(WebUtils.toHttp(request), refusals);
    }

    @Override
    protected void postHandle(ServletRequest request, ServletResponse response) {
        EngineDoor.Verdict verdict = (EngineDoor.Verdict) request.getAttribute(VERDICT);
        int status = WebUtils.toHttp(response).getStatus();
        if (verdict == null || verdict.rule().kind() != EngineDoor.Kind.CHANGE || status >= 400) {
            return;
        }
        HttpServletRequest in = WebUtils.toHttp(request);
        String path = WebUtils.getPathWithinApplication(in);
        String reason = reason(in);
        String detail = in.getMethod() + " " + path + " · " + verdict.rule().reason() + " · "
                + (reason != null ? reason : path.startsWith("/camunda") ? "Cockpit" : "");
        Subject subject = ThreadContext.getSubject();
        Actor actor = subject == null ? null : subject.getPrincipals().oneByType(Actor.class);
        try {
            String resource = path.replaceFirst("^/engine-rest(/engine/[^/]+)?|^/camunda/api/engine/engine/[^/]+", "");
            audit.recordIndependently(AuditEntry.of(actor, AuditActions.ENGINE_OPERATION, "engine",
                    resource.length() > TARGET_LENGTH ? resource.substring(0, TARGET_LENGTH) : resource,
                    detail.length() > REASON_LENGTH ? detail.substring(0, REASON_LENGTH) : detail,
                    AuditService.clientAddress()));
        } catch (RuntimeException e) {
            log.error("Could not audit an engine operation ({}): {}", detail, e.toString());
        }
    }

    /** The caller's reason, or null when none was given or it is not readable text. */
    static String reason(HttpServletRequest request) {
        String raw = request.getHeader(REASON_HEADER);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String reason = URLDecoder.decode(raw, StandardCharsets.UTF_8).strip();
            return reason.isEmpty() || reason.chars().anyMatch(Character::isISOControl) ? null : reason;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
