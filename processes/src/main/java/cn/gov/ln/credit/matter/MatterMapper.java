package cn.gov.ln.credit.matter;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface MatterMapper {

    List<MatterRow> findAll();

    List<PermitMaterial> findMaterials();

    /** A matter as stored; its materials are read apart and joined by {@link MatterService}. */
    record MatterRow(String code, String lineCode, String name, boolean inLieuAllowed, boolean highRisk,
            int statutoryDays, String requiredPapers, String legalBasis, int sortOrder, String conditions,
            String fees) {
    }
}
