package cn.gov.ln.credit.forms;

import java.util.List;

/**
 * One component of a form-js schema that the product renders and validates. Layout-only components
 * ({@code text}, {@code group}) carry no key. A field holding a person's data declares its kind in the custom
 * property {@code personalData} (form-js's "Custom properties"): {@code name}, {@code phone}, {@code idNumber},
 * {@code address} or any other word; such a value is masked wherever the public sees the pledge.
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
        String subtype,
        String accept,
        boolean multiple,
        String personalData) {

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

    /** Whether the field's value is a person's data (a name, phone number, ID number, address, …). */
    public boolean isPersonal() {
        return isInput() && personalData != null && !personalData.isBlank();
    }

    public boolean isInput() {
        return key != null && !TEXT.equals(type);
    }

    /** An input the user fills in; read-only components show process data and take no value. */
    public boolean isEditable() {
        return isInput() && !readonly;
    }

    /** The file types a file picker takes, from its {@code accept} list (".pdf,.jpg" or MIME types). */
    public List<String> acceptedTypes() {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(accept.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(String::toLowerCase).toList();
    }

    /** A choice of a select or radio component. */
    public record Option(String label, String value) {
    }
}
