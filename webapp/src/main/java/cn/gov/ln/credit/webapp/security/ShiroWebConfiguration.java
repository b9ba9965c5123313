package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.account.AccountRealm;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.Permissions;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.apache.shiro.web.filter.InvalidRequestFilter;
import org.apache.shiro.web.filter.mgt.DefaultFilter;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.FilterChainResolver;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.mgt.WebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Apache Shiro 2.2 (Jakarta) registered by hand: the security manager over the account realm, and one filter
 * whose URL rules are below. First match wins; the last rule sends everything else through the view guard,
 * so a path no rule names still meets a check. Shiro's invalid-request filter runs first on every request and
 * refuses semicolons, backslashes, encoded dots and slashes, traversal and non-ASCII paths; only the public
 * verification of a paper by its number in the address lets that number be Chinese (文号 are), and refuses the rest.
 */
@Configuration(proxyBeanMethods = false)
public class ShiroWebConfiguration {

    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    /** The one address that carries a paper's number, which is Chinese text. */
    static final String PAPER_NUMBER_PATH = "/api/v1/documents/*/verification";
    private static final String PAPER_NUMBER_CHECK = "invalidRequestPaperNumber";

    @Bean
    DefaultWebSecurityManager securityManager(AccountRealm realm) {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager(realm);
        manager.setRememberMeManager(null);
        return manager;
    }

    @Bean
    FilterChainResolver filterChainResolver(DenialRecorder denials, ApiRefusals refusals,
            AuthenticationThrottle throttle, AuditService audit) {
        DefaultFilterChainManager chains = new DefaultFilterChainManager();
        InvalidRequestFilter paperNumbers = new InvalidRequestFilter();
        paperNumbers.setBlockNonAscii(false);
        chains.addFilter(PAPER_NUMBER_CHECK, paperNumbers, false);
        chains.addFilter("login", new LoginFilter(), false);
        chains.addFilter("api", new ApiAuthenticationFilter(refusals, throttle), false);
        chains.addFilter("apiPerms", new PermissionFilter(refusals, denials), false);
        chains.addFilter("webPerms", new PermissionFilter(null, denials), false);
        chains.addFilter("engineDoor", new EngineDoorFilter(denials, audit, refusals), false);
        chains.addFilter("views", new ViewRouteFilter(denials), false);
        rules().forEach((path, rule) -> chains.createChain(path, requestCheck(path) + ", " + rule));
        PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);
        return resolver;
    }

    /** The check each request meets first, before its rule: Shiro's invalid-request filter. */
    static String requestCheck(String path) {
        return path.equals(PAPER_NUMBER_PATH) ? PAPER_NUMBER_CHECK : DefaultFilter.invalidRequest.name();
    }

    /** The URL rules, in order. */
    static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("/actuator/health", "anon");
        rules.put("/actuator/health/**", "anon");
        rules.put("/actuator/**", "webPerms[system:monitor]");
        rules.put(LoginFilter.LOGIN_URL, "login");
        rules.put("/VAADIN/**", "anon");
        rules.put("/styles/**", "anon");
        rules.put("/vendor/**", "anon");
        rules.put("/scripts/**", "anon");
        rules.put("/favicon.ico", "anon");
        rules.put("/icons/**", "anon");
        rules.put("/images/**", "anon");
        rules.put("/sw.js", "anon");
        rules.put("/sw-runtime-resources-precache.js", "anon");
        rules.put("/manifest.webmanifest", "anon");
        rules.put("/offline.html", "anon");
        rules.put("/offline-stub.html", "anon");
        rules.put("/error", "anon");
        rules.put("/api/v1/pledges/*/verification", "noSessionCreation, anon");
        rules.put("/api/v1/seal/certificate", "noSessionCreation, anon");
        rules.put("/api/v1/documents/verification", "noSessionCreation, anon");
        rules.put(PAPER_NUMBER_PATH, "noSessionCreation, anon");
        rules.put("/v3/api-docs", "anon");
        rules.put("/v3/api-docs/**", "anon");
        rules.put("/swagger-ui.html", "anon");
        rules.put("/swagger-ui/**", "anon");
        rules.put("/api/v1/model-drafts", "noSessionCreation, api, apiPerms[" + Permissions.MODEL_EDIT + "]");
        rules.put("/api/v1/model-drafts/**", "noSessionCreation, api, apiPerms[" + Permissions.MODEL_EDIT + "]");
        rules.put("/api/**", "noSessionCreation, api, apiPerms[" + Permissions.API_ACCESS + "]");
        rules.put("/engine-rest/**", "noSessionCreation, api, apiPerms[" + Permissions.ENGINE_REST + "], engineDoor");
        rules.put("/camunda/**", "webPerms[" + Permissions.CAMUNDA_WEBAPP + "], engineDoor");
        rules.put("/**", "views");
        return rules;
    }

    /**
     * Tomcat makes the host's error valve itself, by its class name, before Spring's beans are at hand; so the valve
     * keeps a mapper of its own (it writes one plain {@code ApiError}, which no mapper setting changes).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsOnMachineDoors() {
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(JsonErrorReportValve.class.getName()));
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("securityHeaders");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(FILTER_ORDER - 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StatelessMachineCalls> statelessMachineCalls(
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        FilterRegistrationBean<StatelessMachineCalls> registration = new FilterRegistrationBean<>(
                new StatelessMachineCalls(sessionCookie));
        registration.setName("statelessMachineCalls");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdleSessionFilter> idleSessionFilter(
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        FilterRegistrationBean<IdleSessionFilter> registration = new FilterRegistrationBean<>(
                new IdleSessionFilter(idleTimeout));
        registration.setName("idleSessionFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AbstractShiroFilter> shiroFilter(WebSecurityManager securityManager,
            FilterChainResolver filterChainResolver) {
        FilterRegistrationBean<AbstractShiroFilter> registration = new FilterRegistrationBean<>(
                new CreditShiroFilter(securityManager, filterChainResolver));
        registration.setName("shiroFilter");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE,
                DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    static final class CreditShiroFilter extends AbstractShiroFilter {

        CreditShiroFilter(WebSecurityManager securityManager, FilterChainResolver resolver) {
            setSecurityManager(securityManager);
            setFilterChainResolver(resolver);
            setStaticSecurityManagerEnabled(false);
        }
    }
}
