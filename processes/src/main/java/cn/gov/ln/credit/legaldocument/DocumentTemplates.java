package cn.gov.ln.credit.legaldocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The versioned text of each paper, {@code templates/<TYPE>.v<version>.txt} beside this class. A template is
 * lines: {@code ## heading}, {@code - item} (a multi-line value makes one item per line), {@code | label | value}
 * (a row of facts), and paragraphs separated by blank lines. {@code ${name}} is a field, filled once (a value is
 * never read as a template); a paragraph or item that is only an empty field is left out, and a line written
 * {@code ?name text} is kept only when the field {@code name} has a value.
 */
@Component
class DocumentTemplates {

    static final Pattern FIELD = Pattern.compile("\\$\\{([A-Za-z]+)}");
    static final Pattern CONDITION = Pattern.compile("\\?([A-Za-z]+)\\s(.*)");

    private final Map<String, List<String>> loaded = new ConcurrentHashMap<>();

    /** The template's blocks filled with the fields; a field the template names and the caller left out fails. */
    List<Block> fill(LegalDocumentType type, int version, Map<String, String> fields) {
        List<String> lines = lines(type, version);
        Set<String> missing = new TreeSet<>(fieldsOf(lines));
        missing.removeAll(fields.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(type + " v" + version + " needs the fields " + missing);
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            Matcher condition = CONDITION.matcher(trimmed);
            if (condition.matches()) {
                String value = fields.get(condition.group(1));
                if (value == null || value.isBlank()) {
                    continue;
                }
                trimmed = condition.group(2).strip();
            }
            if (trimmed.isEmpty() || trimmed.startsWith("## ") || trimmed.startsWith("- ") || trimmed.startsWith("|")) {
                flush(paragraph, blocks);
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("## ")) {
                blocks.add(new Block(Block.Kind.HEADING, List.of(substitute(trimmed.substring(3), fields))));
            } else if (trimmed.startsWith("- ")) {
                String value = substitute(trimmed.substring(2), fields);
                value.lines().map(String::strip).filter(item -> !item.isEmpty())
                        .forEach(item -> blocks.add(new Block(Block.Kind.ITEM, List.of(item))));
            } else if (trimmed.startsWith("|")) {
                String[] cells = trimmed.substring(1).split("\\|", 2);
                blocks.add(new Block(Block.Kind.FACT, List.of(substitute(cells[0].strip(), fields),
                        cells.length > 1 ? substitute(cells[1].strip(), fields) : "")));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(substitute(trimmed, fields));
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** The fields a template names, for tests and for callers that build them. */
    Set<String> fieldsOf(LegalDocumentType type, int version) {
        return fieldsOf(lines(type, version));
    }

    private static Set<String> fieldsOf(List<String> lines) {
        Set<String> names = new TreeSet<>();
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.toString().isBlank()) {
            paragraph.toString().lines().map(String::strip).filter(text -> !text.isEmpty())
                    .forEach(text -> blocks.add(new Block(Block.Kind.PARAGRAPH, List.of(text))));
        }
        paragraph.setLength(0);
    }

    private static String substitute(String text, Map<String, String> fields) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fields.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> lines(LegalDocumentType type, int version) {
        return loaded.computeIfAbsent(type.name() + ".v" + version, name -> {
            try (InputStream in = DocumentTemplates.class.getResourceAsStream("templates/" + name + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("no template " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.startsWith("#!")).toList();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the template " + name, e);
            }
        });
    }

    /** A filled piece of a paper: a heading, a paragraph, an item, or a fact (label and value). */
    record Block(Kind kind, List<String> text) {
        enum Kind {
            HEADING, PARAGRAPH, ITEM, FACT
        }
    }
}
