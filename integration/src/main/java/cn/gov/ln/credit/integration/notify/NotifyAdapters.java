package cn.gov.ln.credit.integration.notify;

import cn.gov.ln.credit.notification.ChannelSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The channels beyond the bell, each on only when configured: e-mail by {@code spring.mail.host}, SMS by URL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class NotifyAdapters {

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    ChannelSender mailChannel(JavaMailSender mail,
            @Value("${credit.mail.from:noreply@credit.ln.gov.cn}") String from) {
        return new MailSender(mail, from);
    }

    @Bean
    @ConditionalOnProperty("credit.sms.url")
    ChannelSender smsChannel(SmsProperties sms) {
        return new SmsGatewaySender(sms);
    }
}
