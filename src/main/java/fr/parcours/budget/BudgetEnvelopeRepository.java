package fr.parcours.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetEnvelopeRepository extends JpaRepository<BudgetEnvelope, Long> {

    @Query("select e from BudgetEnvelope e where e.budgetYear = ?1 order by e.regionCode, e.departmentCode, e.id")
    List<BudgetEnvelope> findByYear(int year);

    @Query("select e from BudgetEnvelope e where e.operator is not null and e.budgetYear = ?1 and e.regionCode = ?2")
    List<BudgetEnvelope> findOperatorEnvelopes(int year, String regionCode);

    Optional<BudgetEnvelope> findByCollectiveIdAndBudgetYear(long collectiveId, int budgetYear);

    @Query("select e from BudgetEnvelope e where e.operator.id = ?1 and e.budgetYear = ?2")
    Optional<BudgetEnvelope> findByOperator(long operatorId, int year);
}
