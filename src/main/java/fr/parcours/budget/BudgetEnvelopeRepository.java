package fr.parcours.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetEnvelopeRepository extends JpaRepository<BudgetEnvelope, Long> {

    @Query("select e from BudgetEnvelope e where e.budgetYear = ?1 order by e.regionCode, e.id")
    List<BudgetEnvelope> findByYear(int year);

    Optional<BudgetEnvelope> findByCollectiveIdAndBudgetYear(long collectiveId, int budgetYear);

    @Query("select e from BudgetEnvelope e where e.operator.id = ?1 and e.budgetYear = ?2")
    Optional<BudgetEnvelope> findByOperator(long operatorId, int year);
}
