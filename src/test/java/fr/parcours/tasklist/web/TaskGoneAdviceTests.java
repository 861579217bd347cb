package fr.parcours.tasklist.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.ParcoursIntegrationTest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Which answer a lost write gets from the app's advices: the same task completed by two people at once (the engine's
 * optimistic lock refuses the second) sends the second person back to the task list, told the task is no longer
 * open; a record of the app's own saved twice at once gets the 409 page.
 */
@ParcoursIntegrationTest
class TaskGoneAdviceTests {

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver resolver;

    @Test
    void aTaskCompletedTwiceAtOnceIsNoLongerOpenForTheSecondPerson() {
        ModelAndView answer = resolve(new OptimisticLockingException("ENGINE-03005 updated by another transaction"));

        assertThat(answer.getViewName()).isEqualTo("redirect:/");
        assertThat(flash.get("warning")).isEqualTo("task.gone");
    }

    @Test
    void aRecordOfTheAppSavedTwiceAtOnceGetsTheConflictPage() {
        ModelAndView answer = resolve(new ObjectOptimisticLockingFailureException(Object.class, 1L));

        assertThat(answer.getViewName()).isEqualTo("conflict");
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.CONFLICT);
    }

    private final FlashMap flash = new FlashMap();

    private ModelAndView resolve(Exception failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dla/tasks/some-task/interview");
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
        ModelAndView answer = resolver.resolveException(request, new MockHttpServletResponse(), null, failure);
        assertThat(answer).as("handled by an advice").isNotNull();
        return answer;
    }
}
