package fr.parcours.admin.structures;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingImportRepository extends JpaRepository<PendingImport, UUID> {

    @Modifying
    @Query("delete from PendingImport p where p.uploadedAt < :before")
    int deleteUploadedBefore(Instant before);
}
