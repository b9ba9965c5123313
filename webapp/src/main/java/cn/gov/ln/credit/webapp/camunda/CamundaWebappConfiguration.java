package cn.gov.ln.credit.webapp.camunda;

import cn.gov.ln.credit.webapp.security.ShiroWebConfiguration;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plugs the Shiro sign-in into the Camunda webapps, right after Shiro's filter has bound the subject. */
@Configuration(proxyBeanMethods = false)
class CamundaWebappConfiguration {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setName("camundaSingleSignOn");
        registration.addInitParameter("authentication-provider", ShiroAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(ShiroWebConfiguration.FILTER_ORDER + 10);
        return registration;
    }
}
