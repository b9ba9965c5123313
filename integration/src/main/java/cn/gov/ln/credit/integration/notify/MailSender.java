package cn.gov.ln.credit.integration.notify;

import cn.gov.ln.credit.notification.ChannelSender;
import cn.gov.ln.credit.notification.DeliveryFailedException;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.OutgoingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}). The Message-ID
 * is made from the delivery's id, so a retried message is the same message to the mail system.
 */
class MailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;
    private final String domain;

    MailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
        this.domain = from.substring(from.indexOf('@') + 1);
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public void send(OutgoingMessage message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.address());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.saveChanges();
            mime.setHeader("Message-ID", "<delivery-" + message.deliveryId() + "@" + domain + ">");
            mail.send(mime);
        } catch (MailParseException | MailPreparationException | MessagingException e) {
            throw new DeliveryFailedException("the message or its address was refused: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailedException("the mail server refused our credentials", false, null);
        } catch (MailException e) {
            throw new DeliveryFailedException("the mail server did not take the message: " + e.getMessage(), false,
                    e);
        }
    }
}
