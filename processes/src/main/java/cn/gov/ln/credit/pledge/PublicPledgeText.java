package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.forms.FormComponent;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.shared.Masking;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pledge's text as the public may read it: an organisation's pledge names its staff (a food-safety manager, a
 * contact and their phone), people who never agreed to be published (个人信息保护法). The values of the fields its
 * form declares personal are masked by their kind; then, whatever the form declares, anything shaped like a citizen
 * ID, a mobile or landline number or an e-mail address is masked too, for free text and forms that forgot.
 */
final class PublicPledgeText {

    private static final Pattern CITIZEN_ID = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]"
                    + "(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d{9}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** Shorter values would mask the same characters wherever they stand in the text. */
    private static final int SHORTEST_MASKED = 2;

    private PublicPledgeText() {
    }

    static String of(String content, FormSchema form, Map<String, ?> values) {
        if (content == null) {
            return null;
        }
        Map<String, String> masks = new LinkedHashMap<>();
        for (FormComponent field : form.components()) {
            Object value = values.get(field.key());
            if (field.isPersonal() && value != null) {
                String text = String.valueOf(value).strip();
                if (text.codePointCount(0, text.length()) >= SHORTEST_MASKED) {
                    masks.put(text, mask(field.personalData(), text));
                }
            }
        }
        String text = content;
        for (String value : masks.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            text = text.replace(value, masks.get(value));
        }
        return scrub(text);
    }

    /** Masks what is shaped like a person's identifier or contact anywhere in a text shown to the public. */
    static String scrub(String text) {
        String scrubbed = replace(text, CITIZEN_ID, Masking::citizenId);
        scrubbed = replace(scrubbed, MOBILE, Masking::phone);
        scrubbed = replace(scrubbed, LANDLINE, Masking::phone);
        return replace(scrubbed, EMAIL, Masking::email);
    }

    private static String mask(String kind, String value) {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "name" -> Masking.personName(value);
            case "phone" -> Masking.phone(value);
            case "idnumber", "id" -> Masking.citizenId(value);
            case "email" -> Masking.email(value);
            default -> Masking.whole(value);
        };
    }

    private static String replace(String text, Pattern pattern, UnaryOperator<String> mask) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
