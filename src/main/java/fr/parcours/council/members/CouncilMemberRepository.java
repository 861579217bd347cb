package fr.parcours.council.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByCouncilIdOrderByCollegeAscFullNameAsc(long councilId);

    List<CouncilMember> findByDrawIdOrderById(long drawId);
}
