package fr.parcours.admin.people.web;

import fr.parcours.admin.people.Assignment;
import fr.parcours.identity.Role;
import fr.parcours.identity.UserAccounts.NewPerson;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A person as the administrator enters them: who, and one role with its scope. */
public class PersonFormData {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}")
    private String userId;
    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    @NotNull
    private Role role;
    private Long operatorId;
    private List<String> departmentCodes = new ArrayList<>();
    private Long consultantOrganisationId;
    private String regionCode;
    private Long carrierOrganisationId;
    private String facilitatorDepartmentCode;
    private List<Long> councilIds = new ArrayList<>();

    static PersonFormData of(String userId, String firstName, String lastName, String email, Assignment assignment) {
        PersonFormData form = new PersonFormData();
        form.userId = userId;
        form.firstName = firstName;
        form.lastName = lastName;
        form.email = email;
        form.role = assignment.role();
        form.operatorId = assignment.operatorId();
        form.departmentCodes = new ArrayList<>(assignment.departmentCodes());
        form.consultantOrganisationId = assignment.consultantOrganisationId();
        form.regionCode = assignment.regionCode();
        form.carrierOrganisationId = assignment.carrierOrganisationId();
        form.facilitatorDepartmentCode = assignment.facilitatorDepartmentCode();
        form.councilIds = new ArrayList<>(assignment.councilIds());
        return form;
    }

    NewPerson toPerson() {
        return new NewPerson(userId.strip(), firstName.strip(), lastName.strip(), email.strip());
    }

    Assignment toAssignment() {
        return new Assignment(role, operatorId, departmentCodes, consultantOrganisationId, blankToNull(regionCode),
                carrierOrganisationId, blankToNull(facilitatorDepartmentCode), councilIds);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(Long operatorId) {
        this.operatorId = operatorId;
    }

    public List<String> getDepartmentCodes() {
        return departmentCodes;
    }

    public void setDepartmentCodes(List<String> departmentCodes) {
        this.departmentCodes = departmentCodes == null ? new ArrayList<>() : departmentCodes;
    }

    public Long getConsultantOrganisationId() {
        return consultantOrganisationId;
    }

    public void setConsultantOrganisationId(Long consultantOrganisationId) {
        this.consultantOrganisationId = consultantOrganisationId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getCarrierOrganisationId() {
        return carrierOrganisationId;
    }

    public void setCarrierOrganisationId(Long carrierOrganisationId) {
        this.carrierOrganisationId = carrierOrganisationId;
    }

    public String getFacilitatorDepartmentCode() {
        return facilitatorDepartmentCode;
    }

    public void setFacilitatorDepartmentCode(String facilitatorDepartmentCode) {
        this.facilitatorDepartmentCode = facilitatorDepartmentCode;
    }

    public List<Long> getCouncilIds() {
        return councilIds;
    }

    public void setCouncilIds(List<Long> councilIds) {
        this.councilIds = councilIds == null ? new ArrayList<>() : councilIds;
    }
}
