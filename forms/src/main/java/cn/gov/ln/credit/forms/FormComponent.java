package cn.gov.ln.credit.forms;

import java.util.List;

/**
 * One component of a form-js schema that the product renders and validates. Layout-only components
 * ({@code text}, {@code group}) carry no key.
 */
public record FormComponent(
        String type,
        String key,
        String label,
        String description,
        String text,
        boolean required,
        boolean readonly,
        Integer minLength,
        Integer maxLength,
        String pattern,
        Double min,
        Double max,
        List<Option> options,
        String subtype) {

    public static final String TEXTFIELD = "textfield";
    public static final String TEXTAREA = "textarea";
    public static final String NUMBER = "number";
    public static final String DATETIME = "datetime";
    public static final String SELECT = "select";
    public static final String RADIO = "radio";
    public static final String CHECKBOX = "checkbox";
    public static final String TEXT = "text";
    public static final String FILEPICKER = "filepicker";

    public FormComponent {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isInput() {
        return key != null && !TEXT.equals(type);
    }

    /** A choice of a select or radio component. */
    public record Option(String label, String value) {
    }
}
