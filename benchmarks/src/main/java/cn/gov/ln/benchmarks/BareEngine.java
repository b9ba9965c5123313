package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.engine.ProductEnginePlugins;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare Camunda engine on a database of the same kind as the product's, with the history level the product ships
 * (full) and the engine's own job executor: what the engine costs by itself, for the product/bare ratio. It runs one
 * of two models (see {@link Model}); in both, trivial delegates stand in for the credit check and the product's steps.
 */
final class BareEngine implements AutoCloseable {

    static final String ROUTING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="BareRoutingDefinitions"
                xmlns:camunda="http://camunda.org/schema/1.0/dmn" name="BareRouting"
                namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="BareRouting" name="BareRouting" camunda:historyTimeToLive="180">
                <decisionTable id="BareRoutingTable" hitPolicy="FIRST">
                  <input id="InputGrade"><inputExpression id="InputGradeExpression" typeRef="string">
                    <text>grade</text></inputExpression></input>
                  <input id="InputListed"><inputExpression id="InputListedExpression" typeRef="boolean">
                    <text>listed</text></inputExpression></input>
                  <output id="OutputRoute" name="route" typeRef="string"/>
                  <rule id="RuleListed"><inputEntry id="R1A"><text>-</text></inputEntry>
                    <inputEntry id="R1B"><text>true</text></inputEntry><outputEntry id="R1O"><text>"REFUSE"</text></outputEntry></rule>
                  <rule id="RuleGradeA"><inputEntry id="R2A"><text>"A"</text></inputEntry>
                    <inputEntry id="R2B"><text>-</text></inputEntry><outputEntry id="R2O"><text>"FAST"</text></outputEntry></rule>
                  <rule id="RuleOther"><inputEntry id="R3A"><text>-</text></inputEntry>
                    <inputEntry id="R3B"><text>-</text></inputEntry><outputEntry id="R3O"><text>"REVIEW"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    /** What the bare engine runs. */
    enum Model {
        /** A process of the filing's shape at its plainest: async trivial check, a three-rule table, a user task. */
        MINIMAL("minimal"),
        /**
         * The product's own {@code PermitFiling} model and {@code CreditRouting} table, started with the variables the
         * product starts it with, on an engine with the product's plugins: everything the engine does for a filing,
         * nothing the product's services do (filing row, credit source, evidence, audit, calendar, security).
         */
        PRODUCT("product's model");

        final String label;

        Model(String label) {
            this.label = label;
        }
    }

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final Model model;
    private final AtomicLong keys = new AtomicLong();

    BareEngine(Database database, Model model) {
        this.model = model;
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.username());
        pool.setPassword("");
        // Above the job executor's ten threads and the starting clients: with ten connections the pool ran dry
        // (callers timing out after 30 s), most likely a job's failure handling waiting for a second connection.
        pool.setMaximumPoolSize(20);
        dataSource = new HikariDataSource(pool);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-" + model.name() + "-" + database.name().replace(' ', '-'))
                .setDataSource(dataSource).setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(true);
        if (model == Model.PRODUCT) {
            configuration.setProcessEnginePlugins(new ArrayList<>(ProductEnginePlugins.all()));
            configuration.setBeans(Map.of("creditCheckDelegate", new TrivialProductCheck(), "routeDelegate",
                    new TrivialRoute(), "inLieuDelegate", (JavaDelegate) execution -> { }));
        }
        engine = configuration.buildProcessEngine();
        if (model == Model.PRODUCT) {
            engine.getRepositoryService().createDeployment().addClasspathResource("processes/PermitFiling.bpmn")
                    .addClasspathResource("processes/CreditRouting.dmn").deploy();
        } else {
            engine.getRepositoryService().createDeployment().addModelInstance("BareFiling.bpmn", minimal())
                    .addString("BareRouting.dmn", ROUTING).deploy();
        }
    }

    Model model() {
        return model;
    }

    private static BpmnModelInstance minimal() {
        return Bpmn.createExecutableProcess("BareFiling").camundaHistoryTimeToLive(180).startEvent()
                .serviceTask("Task_CheckCredit").camundaAsyncBefore().camundaClass(TrivialCheck.class.getName())
                .businessRuleTask("Task_Route").camundaDecisionRef("BareRouting").camundaMapDecisionResult("singleEntry")
                .camundaResultVariable("route").userTask("Task_ReviewFiling").camundaCandidateGroups("INTAKE_OFFICER")
                .endEvent().done();
    }

    private void start() {
        long key = keys.incrementAndGet();
        if (model == Model.MINIMAL) {
            engine.getRuntimeService().startProcessInstanceByKey("BareFiling", "BARE-" + key);
            return;
        }
        // the variables FilingService starts a filing with
        Map<String, Object> variables = new HashMap<>();
        variables.put("filingId", key);
        variables.put("filingNo", "BARE" + key);
        variables.put("subjectIdentifier", "91210000" + String.format("%010d", key));
        variables.put("matterCode", "LN-SCJG-001");
        variables.put("departmentId", 1L);
        variables.put("inLieuRequested", false);
        variables.put("inLieuGranted", false);
        variables.put("applicantUsername", null);
        engine.getRuntimeService().startProcessInstanceByKey("PermitFiling", "BARE" + key, variables);
    }

    /** Starts {@code total} instances from {@code clients} threads; instances per second until all wait at review. */
    double intake(int clients, int total) throws InterruptedException {
        long before = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewFiling").count();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < total; i++) {
            pool.submit(this::start);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        while (engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewFiling").count()
                < before + total) {
            Thread.sleep(20);
        }
        return total / ((System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    /** The stand-in for the credit check: sets what a check would, and nothing else. */
    public static final class TrivialCheck implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("grade", "A");
            execution.setVariable("listed", false);
        }
    }

    /** The stand-in for the product's credit check: the grade and the four facts its table reads, kept transient. */
    static final class TrivialProductCheck implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("grade", "A");
            execution.setVariable("dishonestyListed", Variables.booleanValue(false, true));
            execution.setVariable("redListed", Variables.booleanValue(false, true));
            execution.setVariable("openBreaches", Variables.integerValue(0, true));
            execution.setVariable("falsePledges", Variables.integerValue(0, true));
        }
    }

    /** The stand-in for applying the route: the review's due date, which the overdue timer reads. */
    static final class TrivialRoute implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("reviewDue", Date.from(Instant.now().plus(20, ChronoUnit.DAYS)));
        }
    }
}
