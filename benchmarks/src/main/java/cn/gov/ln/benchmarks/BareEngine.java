package cn.gov.ln.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare Camunda engine on a database of the same kind as the product's, running a process of the filing's shape
 * (async check by a trivial delegate, a DMN routing table, a user task) with the history level the product ships
 * (full) and the engine's own job executor: what the engine costs by itself, for the product/bare ratio.
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

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final AtomicLong keys = new AtomicLong();

    BareEngine(Database database) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.username());
        pool.setPassword("");
        // Above the job executor's ten threads and the starting clients: with ten connections the pool ran dry
        // (callers timing out after 30 s), most likely a job's failure handling waiting for a second connection.
        pool.setMaximumPoolSize(20);
        dataSource = new HikariDataSource(pool);
        engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bare-" + database.name().replace(' ', '-')).setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(true)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("BareFiling.bpmn", model())
                .addString("BareRouting.dmn", ROUTING).deploy();
    }

    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess("BareFiling").camundaHistoryTimeToLive(180).startEvent()
                .serviceTask("Task_CheckCredit").camundaAsyncBefore().camundaClass(TrivialCheck.class.getName())
                .businessRuleTask("Task_Route").camundaDecisionRef("BareRouting").camundaMapDecisionResult("singleEntry")
                .camundaResultVariable("route").userTask("Task_ReviewFiling").camundaCandidateGroups("INTAKE_OFFICER")
                .endEvent().done();
    }

    /** Starts {@code total} instances from {@code clients} threads; instances per second until all wait at review. */
    double intake(int clients, int total) throws InterruptedException {
        long before = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewFiling").count();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < total; i++) {
            pool.submit(() -> engine.getRuntimeService().startProcessInstanceByKey("BareFiling",
                    "BARE-" + keys.incrementAndGet()));
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
}
