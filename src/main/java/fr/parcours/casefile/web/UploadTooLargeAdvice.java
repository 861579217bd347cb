package fr.parcours.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request beyond the multipart limits ({@code spring.servlet.multipart.*}) never reaches a controller: Spring
 * refuses it first. An upload to a case file then gets its form back with the French message on the file field;
 * any other multipart request the French error page (413), never a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

    private static final Pattern UPLOAD = Pattern.compile("/case-files/([a-z-]+)/(\\d{1,18})/documents");

    private final CaseDocumentsController controller;

    UploadTooLargeAdvice(CaseDocumentsController controller) {
        this.controller = controller;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MultipartException tooLarge, HttpServletRequest request) {
        Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (upload.matches() && authentication != null) {
            ExtendedModelMap model = new ExtendedModelMap();
            UploadFormData form = new UploadFormData();
            BindingResult errors = new BeanPropertyBindingResult(form, "uploadForm");
            errors.rejectValue("file", "casefile.document.file.too-large");
            model.addAttribute("uploadForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "uploadForm", errors);
            String view = controller.shown(upload.group(1), Long.parseLong(upload.group(2)),
                    request.getHeader("HX-Request"), authentication, model);
            return new ModelAndView(view, model);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("messageKey", "casefile.document.file.too-large");
        return page;
    }
}
