package cn.gov.ln.credit.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

    List<CalendarDay> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<CalendarDay> findAll();

    List<Integer> findYears();

    int delete(@Param("day") LocalDate day);

    void insert(CalendarDay day);
}
