package cn.gov.ln.credit.webapp.i18n;

import cn.gov.ln.credit.security.Roles;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The name of a code that reached a screen as text (an audit entry's detail, a stored reason): each constant of the
 * product's enums is looked up as {@code enum.<Type>.<CONSTANT>}, so a screen never shows {@code PENALTY_CASE_NOTICE}
 * where it can say 联合惩戒案件通知书; a role ({@code INTAKE_OFFICER}) is looked up as {@code role.<ROLE>}. A code no enum
 * holds, or one without a label, stays as it is.
 */
public final class CodeLabels {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Map<String, List<String>> TYPES_BY_CONSTANT = scan();

    private CodeLabels() {
    }

    /** The label of the code in the screen's language, or the code. */
    public static String label(Component context, String code) {
        if (Roles.ALL.contains(code)) {
            String role = context.getTranslation("role." + code);
            if (!role.startsWith("!")) {
                return role;
            }
        }
        for (String type : TYPES_BY_CONSTANT.getOrDefault(code, List.of())) {
            String label = context.getTranslation("enum." + type + "." + code);
            if (!label.startsWith("!")) {
                return label;
            }
        }
        return code;
    }

    /** Every constant of the product's enums, and the roles. */
    public static Set<String> codes() {
        Set<String> codes = new TreeSet<>(TYPES_BY_CONSTANT.keySet());
        codes.addAll(Roles.ALL);
        return codes;
    }

    /** The text with every code in it replaced by its label. */
    public static String inText(Component context, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher matcher = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(label(context, matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }

    private static Map<String, List<String>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(
                reader.getClassMetadata().getSuperClassName()));
        return scanner.findCandidateComponents("cn.gov.ln.credit").stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
                        CodeLabels.class.getClassLoader()))
                .flatMap(type -> Arrays.stream(type.getEnumConstants())
                        .map(constant -> Map.entry(((Enum<?>) constant).name(), type.getSimpleName())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
