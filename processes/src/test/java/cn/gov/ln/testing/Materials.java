package cn.gov.ln.testing;

import cn.gov.ln.credit.filing.NewAttachment;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMaterial;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The papers an applicant attaches on the portal: a small PDF for each material the matter requires of them. */
public final class Materials {

    private Materials() {
    }

    public static List<NewAttachment> required(MatterService matters, String matter, boolean onPledge) {
        return matters.get(matter).materials().stream().filter(m -> m.requiredWhen(onPledge))
                .map(PermitMaterial::name).map(Materials::pdf).toList();
    }

    public static NewAttachment pdf(String material) {
        return new NewAttachment(material, material + ".pdf", "application/pdf",
                ("%PDF-1.4 " + material).getBytes(StandardCharsets.UTF_8));
    }
}
