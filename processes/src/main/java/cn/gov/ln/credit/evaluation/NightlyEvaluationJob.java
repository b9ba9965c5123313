package cn.gov.ln.credit.evaluation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly evaluation at {@code credit.evaluation.cron} (01:30 by default, Beijing time). Every node may run
 * it: the run of the day is recorded once and chunks already done are not evaluated again. Off with
 * {@code credit.evaluation.nightly-enabled=false} (the core tests run it themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "credit.evaluation.nightly-enabled", havingValue = "true", matchIfMissing = true)
class NightlyEvaluationJob {

    private final NightlyEvaluation nightly;

    NightlyEvaluationJob(NightlyEvaluation nightly) {
        this.nightly = nightly;
    }

    @Scheduled(cron = "${credit.evaluation.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void run() {
        nightly.run();
    }
}
