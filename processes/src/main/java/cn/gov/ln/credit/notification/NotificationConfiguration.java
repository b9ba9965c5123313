package cn.gov.ln.credit.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sweep is the application's own scheduled work; the engine's job executor keeps the processes'. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {
}
