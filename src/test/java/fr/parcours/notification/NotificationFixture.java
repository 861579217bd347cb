package fr.parcours.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small process of the notification tests' own (two user tasks for a candidate group, name and due date from
 * variables) and people of their own, so that no other feature's process or demo person is needed.
 */
@Component
public class NotificationFixture {

    static final String PROCESS = "notification-test";
    static final String FIRST = "Task_NotifyFirst";
    static final String SECOND = "Task_NotifySecond";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final OutboxSender sender;

    NotificationFixture(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                        IdentityService identityService, JdbcTemplate jdbc, OutboxSender sender) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.sender = sender;
    }

    private synchronized void deployOnce() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() > 0) {
            return;
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Notification test")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started").name("Started")
                .userTask(FIRST).name("${taskName}").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .userTask(SECOND).name("Étape suivante").camundaCandidateGroups("${group}")
                .endEvent("EndEvent_Done").name("Done")
                .done();
        repositoryService.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    /** A new group with new people (ids {@code prefix-n}), each with an address of their own. */
    public Team team(String prefix, int size) {
        long n = SEQUENCE.incrementAndGet();
        String groupId = "notify-" + prefix + "-" + System.nanoTime() + "-" + n;
        Group group = identityService.newGroup(groupId);
        group.setName(groupId);
        group.setType("TEST");
        identityService.saveGroup(group);
        String[] people = new String[size];
        for (int i = 0; i < size; i++) {
            people[i] = person(groupId + "-" + i, groupId + "-" + i + "@parcours.example");
            identityService.createMembership(people[i], groupId);
        }
        return new Team(groupId, List.of(people));
    }

    public String person(String id, String address) {
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName("Notification");
        user.setEmail(address);
        user.setPassword("une phrase de passe assez longue");
        identityService.saveUser(user);
        return id;
    }

    /** Starts the process: its first task goes to the team's group, due at {@code due}. */
    public ProcessInstance start(Team team, String taskName, Instant due) {
        deployOnce();
        Map<String, Object> variables = new HashMap<>();
        variables.put("group", team.groupId());
        variables.put("taskName", taskName);
        variables.put("due", Date.from(due));
        return runtimeService.startProcessInstanceByKey(PROCESS, variables);
    }

    public ProcessInstance start(Team team, String taskName) {
        return start(team, taskName, Instant.now().plus(Duration.ofDays(10)));
    }

    public Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** The outbox rows of these people (kind, recipient, status), oldest first. */
    public List<Map<String, Object>> rows(List<String> people) {
        return jdbc.queryForList("""
                select id, kind, recipient_user_id, status, attempts, subject, text_body, html_body, last_error
                  from mail_outbox where recipient_user_id = any (?) order by id""",
                (Object) people.toArray(String[]::new));
    }

    /**
     * Sends until none of these people's mails is due. Other tests' mails wait in the same outbox (thousands in a
     * full run): they are put off for an hour first, so that each poll takes these people's.
     */
    public void sendAllOf(List<String> people) {
        putOthersOff(people);
        drain(people);
    }

    /** Other people's waiting mails wait an hour more. */
    public void putOthersOff(List<String> people) {
        jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 hour' "
                + "where status = 'PENDING' and not (recipient_user_id = any (?))", (Object) people.toArray(String[]::new));
    }

    /** Polls until none of these people's mails is due. */
    public void drain(List<String> people) {
        for (int i = 0; i < 500 && hasDue(people); i++) {
            sender.sendDue();
        }
    }

    /** Makes these people's waiting mails due now, as if their retry delay had passed. */
    public void makeDue(List<String> people) {
        jdbc.update("update mail_outbox set next_attempt_at = now() - interval '1 second' "
                + "where status = 'PENDING' and recipient_user_id = any (?)", (Object) people.toArray(String[]::new));
    }

    private boolean hasDue(List<String> people) {
        Integer due = jdbc.queryForObject("""
                select count(*) from mail_outbox where status = 'PENDING' and next_attempt_at <= now()
                   and recipient_user_id = any (?)""", Integer.class, (Object) people.toArray(String[]::new));
        return due != null && due > 0;
    }

    public record Team(String groupId, List<String> people) {

        public String address(int i) {
            return people.get(i) + "@parcours.example";
        }

        public String[] ids() {
            return people.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return groupId + Arrays.toString(ids());
        }
    }
}
