package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.modeladmin.Finding;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Models from outside the product: every BPMN and DMN file that Camunda Modeler 1.x to 4.x saved among Camunda's
 * own engine test resources (unpacked by the build into {@code target/outside-models}). Each imports into the
 * model library unchanged, is validated element by element, and goes through the browser's modeler and back
 * without losing an element, an attribute or a text.
 */
@WebIntegrationTest
class OutsideModelsBrowserIT {

    static final Path ROOT = Paths.get("target", "outside-models");
    static final Pattern SAVED_BY_MODELER = Pattern.compile("exporter=\"Camunda Modeler\"");
    static final String DMN_11 = "http://www.omg.org/spec/DMN/20151101/dmn.xsd";

    @LocalServerPort
    int port;
    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    cn.gov.ln.credit.modeladmin.ModelValidator validator;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;

    @Test
    void everyModelSavedByCamundaModelerImportsUnchangedAndIsJudgedByElement() {
        List<Path> models = outsideModels();
        assertThat(models).as("the build unpacks Camunda's engine test models").hasSizeGreaterThan(200);
        SignIn signIn = new SignIn(securityManager);
        Map<String, Integer> verdicts = new TreeMap<>();
        for (Path model : models) {
            String content = read(model);
            String resource = resourceName(model);
            List<Finding> findings;
            try {
                findings = signIn.call("procadmin", () -> {
                    ModelDraft draft = library.importModel(resource, content.getBytes(StandardCharsets.UTF_8), true);
                    assertThat(queries.draft(draft.id()).content()).as(resource + " is kept as saved")
                            .isEqualTo(content);
                    return queries.validate(draft.id());
                });
            } catch (ValidationException refused) {
                assertThat(refused.violations()).as(resource + " is refused at upload, saying why").singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.messageKey()).isIn("model.lint.doctype", "model.lint.notAModel",
                                    "model.lint.malformedAt");
                        });
                assertThat(content.contains("<!DOCTYPE")).as(resource + ": a document type (the XXE tests' payload)"
                        + " is refused at upload, and only such files and non-models").isEqualTo(refused.violations()
                        .get(0).messageKey().equals("model.lint.doctype"));
                verdicts.merge("refusedAtUpload:" + refused.violations().get(0).messageKey(), 1, Integer::sum);
                continue;
            }
            assertThat(content).as(resource).doesNotContain("<!DOCTYPE");
            assertThat(findings).as(resource + ": a model the schema refuses is told where and why")
                    .filteredOn(f -> f.rule().startsWith("malformed"))
                    .allSatisfy(f -> assertThat(f.arguments().get(f.arguments().size() - 1).toString()).isNotBlank()
                            .isNotEqualTo("SAXException while parsing input stream"));
            assertThat(findings).as(resource + ": the engine's objections name the element or say why")
                    .filteredOn(f -> f.rule().equals("engine"))
                    .allSatisfy(f -> assertThat(f.arguments()).isNotEmpty());
            findings.forEach(f -> verdicts.merge(f.rule(), 1, Integer::sum));
        }
        System.out.printf("%d outside models imported; findings by rule: %s%n", models.size(), verdicts);
        assertThat(verdicts).as("the outside models meet the rules that guard a deployment")
                .containsKeys("malformedAt", "brokenReference", "scriptNotAllowed", "classNotAllowed", "noOutgoing",
                        "refusedAtUpload:model.lint.doctype");
    }

    @Test
    void theModelersShowAndRoundTripEveryOutsideModel() throws IOException {
        List<Path> models = outsideModels().stream().filter(p -> !read(p).contains("<!DOCTYPE")).toList();
        List<Path> bpmn = models.stream().filter(p -> !isDmn(p)).toList();
        List<Path> dmn = models.stream().filter(OutsideModelsBrowserIT::isDmn).toList();
        Path largest = bpmn.stream().filter(OutsideModelsBrowserIT::hasDiagram)
                .max(Comparator.comparingLong(OutsideModelsBrowserIT::size)).orElseThrow();
        Path withoutDiagram = bpmn.stream().filter(p -> !hasDiagram(p)).findFirst().orElseThrow();
        try (BrowserSession admin = BrowserSession.signedIn(port, "procadmin")) {
            // the first test imported it already: the screen asks before it replaces that draft
            ModelScreens.importFile(admin, largest.getFileName().toString(), read(largest), resourceName(largest));
            WebElement editor = opened(admin);
            assertThat(((Number) admin.script(
                    "return arguments[0]._modeler.get('elementRegistry').getAll().length;", editor)).intValue())
                    .as("the uploaded model is drawn").isGreaterThan(10);
            admin.screenshot("outside-model");
            roundTrip(bpmn, model -> exported(admin, "arguments[0]._import(arguments[1]).then(r => arguments[0]"
                    + "._export().then(xml => done({xml: xml, warnings: (r.warnings || []).map(w => w.message)})), "
                    + "e => done({error: String(e)}));", editor, read(model)));

            long bare = new SignIn(securityManager).call("procadmin", () -> library.importModel(
                    resourceName(withoutDiagram), read(withoutDiagram).getBytes(StandardCharsets.UTF_8), true).id());
            admin.open("/admin/models/drafts/" + bare);
            admin.awaitText(By.cssSelector("#model-editor[data-error] .model-editor-failed"), "Camunda Modeler");

            roundTrip(dmn, model -> {
                long draft = new SignIn(securityManager).call("procadmin", () -> library.importModel(
                        resourceName(model), read(model).getBytes(StandardCharsets.UTF_8), true).id());
                admin.open("/admin/models/drafts/" + draft);
                WebElement table = admin.await(ModelScreens.EDITOR_SETTLED);
                if (table.getAttribute("data-error") != null) {
                    return Map.of("error", table.getAttribute("data-error"));
                }
                return exported(admin, "arguments[0]._export().then(xml => done({xml: xml, warnings: []}), "
                        + "e => done({error: String(e)}));", table,
                        null);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exported(BrowserSession admin, String script, WebElement editor, String xml) {
        return (Map<String, Object>) admin.asyncScript(
                "const done = arguments[arguments.length - 1]; setTimeout(() => done({error: 'no answer in 20 s'}), "
                        + "20000);" + script, editor, xml);
    }

    private static WebElement opened(BrowserSession admin) {
        return admin.screenshotOnFailure("outside-model-failed", () -> {
            WebElement editor = admin.await(ModelScreens.EDITOR_SETTLED);
            assertThat(editor.getAttribute("data-error")).as("the modeler's error").isNull();
            return editor;
        });
    }

    private void roundTrip(List<Path> models, Function<Path, Map<String, Object>> openAndExport) {
        List<String> lost = new ArrayList<>();
        int withoutDiagram = 0;
        int refused = 0;
        List<String> warned = new ArrayList<>();
        for (Path model : models) {
            String original = read(model);
            Map<String, Object> result = openAndExport.apply(model);
            if (!hasDiagram(model)) {
                assertThat(result.get("error")).as(model + " has no diagram: the modeler says so").asString()
                        .contains("no diagram to display");
                withoutDiagram++;
                continue;
            }
            if (result.get("error") != null) {
                assertThat(validator.validate(resourceName(model), original.getBytes(StandardCharsets.UTF_8), List.of()))
                        .as(model + " does not open in the modeler (" + result.get("error") + "), nor in the library")
                        .anyMatch(f -> f.rule().startsWith("malformed") || f.rule().equals("notAModel"));
                refused++;
                continue;
            }
            assertThat(result.get("error")).as(model + " opens in the modeler").isNull();
            if (!((List<?>) result.get("warnings")).isEmpty()) {
                warned.add(model.getFileName() + ": " + result.get("warnings"));
            }
            List<String> before = fingerprint(original);
            List<String> after = fingerprint(result.get("xml").toString());
            List<String> missing = new ArrayList<>(before);
            after.forEach(missing::remove);
            if (!missing.isEmpty()) {
                lost.add(model.getFileName() + " lost " + missing);
            }
            if (!isDmn(model)) {
                List<String> added = new ArrayList<>(after);
                before.forEach(added::remove);
                assertThat(added).as(model + " gains nothing").isEmpty();
            }
        }
        assertThat(lost).as("elements, attributes or texts lost in the modeler").isEmpty();
        System.out.printf("%d models round-tripped through the browser's modeler; %d without a diagram and %d "
                + "unreadable refused; %d with warnings on import (references to missing elements in the file)%n",
                models.size() - withoutDiagram - refused, withoutDiagram, refused, warned.size());
    }

    /**
     * Every element of the model but the diagram's own (bounds, waypoints, labels: redrawn by the modeler) as its
     * local name, attributes and text. DMN 1.1 files come back as DMN 1.3, the version Camunda 7 and dmn-js write, so
     * namespaces are compared by local name, and their boxes (biodi) as DMNDI shapes.
     */
    static List<String> fingerprint(String xml) {
        Document document = parse(xml);
        List<String> prints = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String ns = String.valueOf(element.getNamespaceURI());
            if (ns.contains("/DI") || ns.contains("/DC") || ns.contains("DMNDI") || ns.contains("/biodi/")) {
                continue;
            }
            Map<String, String> attributes = new TreeMap<>();
            NamedNodeMap map = element.getAttributes();
            for (int a = 0; a < map.getLength(); a++) {
                Node attribute = map.item(a);
                String name = attribute.getNodeName();
                if (name.startsWith("xmlns") || (element.getLocalName().equals("definitions")
                        && List.of("namespace", "exporter", "exporterVersion").contains(name))) {
                    continue;
                }
                String value = attribute.getNodeValue();
                if ("type".equals(attribute.getLocalName()) && name.startsWith("xsi")) {
                    value = value.replaceFirst("^[^:]*:", "");
                }
                attributes.put(attribute.getLocalName() == null ? name : attribute.getLocalName(), value);
            }
            StringBuilder text = new StringBuilder();
            NodeList children = element.getChildNodes();
            for (int c = 0; c < children.getLength(); c++) {
                Node child = children.item(c);
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(child.getNodeValue().strip());
                }
            }
            prints.add(element.getLocalName() + attributes + (text.isEmpty() ? "" : " \"" + text + "\""));
        }
        return prints;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> outsideModels() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile).filter(p -> SAVED_BY_MODELER.matcher(read(p)).find())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the library's upload proposes: the file's name made a resource name. */
    static String resourceName(Path model) {
        String base = model.getFileName().toString().replaceFirst("(\\.bpmn20|\\.dmn11)?\\.(bpmn|dmn|xml)$", "")
                .replaceAll("[^A-Za-z0-9_.-]+", "_").replaceFirst("^[^A-Za-z]+", "");
        return "processes/" + base.substring(0, Math.min(base.length(), 100)) + (isDmn(model) ? ".dmn" : ".bpmn");
    }

    /** Some engine tests strip the diagram to keep their files short; a modeler has nothing to draw then. */
    private static boolean hasDiagram(Path model) {
        return isDmn(model) || read(model).contains("BPMNPlane");
    }

    private static boolean isDmn(Path model) {
        return model.getFileName().toString().contains(".dmn");
    }

    private static long size(Path model) {
        try {
            return Files.size(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path model) {
        try {
            return Files.readString(model, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
