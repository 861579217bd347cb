package fr.parcours.dla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccompanimentRepository extends JpaRepository<Accompaniment, Long> {

    Optional<Accompaniment> findByBusinessKey(String businessKey);

    Optional<Accompaniment> findByProcessInstanceId(String processInstanceId);

    /** Cases visible to a scope; null codes mean "any". */
    @Query("""
            select a from Accompaniment a join fetch a.organisation o
            where (:allDepartments = true or a.departmentCode in :departmentCodes)
              and (:regionCode is null or o.regionCode = :regionCode)
            order by a.createdAt desc""")
    List<Accompaniment> findVisible(String regionCode, boolean allDepartments, Collection<String> departmentCodes,
                                    Pageable page);

    @Query("select a from Accompaniment a join fetch a.organisation where a.processInstanceId in :ids")
    List<Accompaniment> findByProcessInstanceIdIn(Collection<String> ids);

    @Query(value = "select nextval('accompaniment_number_seq')", nativeQuery = true)
    long nextNumber();
}
