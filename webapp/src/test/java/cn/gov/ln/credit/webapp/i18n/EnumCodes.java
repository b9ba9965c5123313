package cn.gov.ln.credit.webapp.i18n;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/** The constants of the product's enums: codes that a screen shows by their names, never as they are. */
final class EnumCodes {

    static final Set<String> ALL = scan();

    private EnumCodes() {
    }

    private static Set<String> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(
                reader.getClassMetadata().getSuperClassName()));
        Set<String> codes = new TreeSet<>();
        for (var definition : scanner.findCandidateComponents("cn.gov.ln.credit")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(),
                    EnumCodes.class.getClassLoader());
            Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).filter(n -> n.length() > 3)
                    .forEach(codes::add);
        }
        return codes;
    }
}
