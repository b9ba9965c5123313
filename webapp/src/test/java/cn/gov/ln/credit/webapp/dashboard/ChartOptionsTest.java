package cn.gov.ln.credit.webapp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    @Test
    void aSliceWithAColourKeepsItAndTheOthersTakeThePalettes() {
        JsonNode data = ChartOptions.pie("待办", List.of(new ChartOptions.Slice("已超期", 2, "#e0453a"),
                new ChartOptions.Slice("其他", 3))).path("series").path(0).path("data");
        assertThat(data.path(0).path("itemStyle").path("color").asText()).isEqualTo("#e0453a");
        assertThat(data.path(0).path("value").asLong()).isEqualTo(2);
        assertThat(data.path(1).has("itemStyle")).isFalse();
    }
}
