package fr.parcours.collective.adultesrelais;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<AdulteRelaisAgreement, Long> {

    Optional<AdulteRelaisAgreement> findByProcessInstanceId(String processInstanceId);

    List<AdulteRelaisAgreement> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    @Query(value = "select nextval('adulte_relais_agreement_number_seq')", nativeQuery = true)
    long nextNumber();

    @Query("""
            select a from AdulteRelaisAgreement a where (:region is null or a.organisation.regionCode = :region)
               and (:department is null or a.organisation.departmentCode = :department)
             order by a.endDate, a.id""")
    List<AdulteRelaisAgreement> findWithin(String region, String department);

    List<AdulteRelaisAgreement> findByOrganisationIdOrderByEndDate(long organisationId);
}
