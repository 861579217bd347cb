package fr.parcours.system;

import fr.parcours.casework.ConcurrentWrites;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two people saving the same record at the same moment: the second one's write loses. Where a controller does
 * not say so itself, this answers 409 with a French page that explains it and shows back what the person typed,
 * so nothing is lost, rather than an error page. Any other integrity failure is a real error and goes on.
 */
@ControllerAdvice
// After tasklist's TaskGoneAdvice: a task completed twice at once is "no longer open", not a conflict page.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ConcurrentEditAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentEditAdvice.class);
    private static final Set<String> NOT_SHOWN = Set.of("_csrf", "password", "currentPassword", "newPassword");

    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ModelAndView conflict(RuntimeException failure, HttpServletRequest request) {
        if (!ConcurrentWrites.isConflict(failure)) {
            throw failure;
        }
        LOG.info("Concurrent write refused on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_SHOWN.contains(name) && values.length > 0 && !values[0].isBlank()) {
                typed.put(name, String.join(" ; ", values));
            }
        });
        ModelAndView page = new ModelAndView("conflict");
        page.setStatus(HttpStatus.CONFLICT);
        page.addObject("typed", typed);
        return page;
    }
}
