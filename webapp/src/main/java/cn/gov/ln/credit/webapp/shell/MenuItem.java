package cn.gov.ln.credit.webapp.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view into the side navigation. The entry shows only to users the view's access rule admits, so the
 * menu never offers what would be refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuItem {

    /** Message key of the label. */
    String label();

    /** A Vaadin icon name, e.g. {@code vaadin:users}. */
    String icon();

    int order();

    /** Message key of the section the entry belongs to; empty for the top section. */
    String section() default "";
}
