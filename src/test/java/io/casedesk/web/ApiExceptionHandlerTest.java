package io.casedesk.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The problems other controllers get from {@link ApiExceptionHandler}: {@code @Valid} bodies, constrained
 * parameters, the Casedesk exceptions and unexpected failures. Spring MVC without the server.
 */
class ApiExceptionHandlerTest {

  record Order(@NotBlank String customer, @NotNull LocalDate due, List<@Valid Line> lines) {}

  record Line(@NotBlank String product, @NotNull @Min(1) Integer quantity) {}

  /** An inner (not static) class, so component scanning never puts it in a real server. */
  @RestController
  class Endpoints {

    @PostMapping("/api/orders")
    Order create(@Valid @RequestBody Order order) {
      return order;
    }

    @GetMapping("/api/orders/{code}")
    String find(@PathVariable @Pattern(regexp = "[A-Z]+") String code, @RequestParam int page) {
      return code + page;
    }

    @GetMapping("/api/fail/{what}")
    void fail(@PathVariable String what) {
      switch (what) {
        case "missing" -> throw new NotFoundException("Case CS-1 not found");
        case "conflict" -> throw new ConflictException("Case CS-1 is already closed");
        case "forbidden" -> throw new ForbiddenException("Case CS-1 is not yours");
        case "denied" -> throw new AccessDeniedException("Access Denied");
        case "authorization" ->
            throw new AuthorizationDeniedException("Access Denied", new AuthorizationDecision(false));
        case "bad" -> throw new BadRequestException("impact", "must be one of high, medium, low");
        default -> throw new IllegalStateException("password=hunter2 leaked");
      }
    }
  }

  final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  @Test
  void invalidBodyListsEveryField() throws Exception {
    problem(mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
        .content("{\"customer\": \"\", \"lines\": [{\"product\": \"router-x\", \"quantity\": 0}, {\"quantity\": 2}]}")),
        400)
        .andExpect(jsonPath("$.errors", hasSize(4)))
        .andExpect(jsonPath("$.errors[?(@.field == 'customer')].message").value("must not be blank"))
        .andExpect(jsonPath("$.errors[?(@.field == 'due')].message").value("must not be null"))
        .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].quantity')].message")
            .value("must be greater than or equal to 1"))
        .andExpect(jsonPath("$.errors[?(@.field == 'lines[1].product')].message").value("must not be blank"))
        .andExpect(jsonPath("$.detail").value(containsString("lines[1].product")));
  }

  @Test
  void mistypedJsonNamesTheFieldFromItsPath() throws Exception {
    problem(mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
        .content("{\"customer\": \"Acme\", \"due\": \"2026-01-01\", \"lines\": [{\"product\": \"x\", \"quantity\": \"many\"}]}")),
        400)
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
        .andExpect(jsonPath("$.errors[0].message").value("invalid value 'many'; expected a number"));
  }

  @Test
  void constrainedAndMistypedParametersAreNamed() throws Exception {
    problem(mvc.perform(get("/api/orders/abc").param("page", "1")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    problem(mvc.perform(get("/api/orders/ABC").param("page", "two")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].message").value("invalid value 'two'; expected a number"));
    problem(mvc.perform(get("/api/orders/ABC")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
  }

  @Test
  void casedeskExceptionsKeepTheirMessage() throws Exception {
    problem(mvc.perform(get("/api/fail/missing")), 404).andExpect(jsonPath("$.detail").value("Case CS-1 not found"));
    problem(mvc.perform(get("/api/fail/conflict")), 409)
        .andExpect(jsonPath("$.detail").value("Case CS-1 is already closed"));
    problem(mvc.perform(get("/api/fail/forbidden")), 403).andExpect(jsonPath("$.detail").value("Case CS-1 is not yours"));
    problem(mvc.perform(get("/api/fail/bad")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("impact"))
        .andExpect(jsonPath("$.errors[0].message").value("must be one of high, medium, low"));
  }

  @Test
  void springSecurityDenialsAreForbidden() throws Exception {
    problem(mvc.perform(get("/api/fail/denied")), 403)
        .andExpect(jsonPath("$.detail").value("Your groups do not allow GET /api/fail/denied"));
    problem(mvc.perform(get("/api/fail/authorization")), 403);
  }

  @Test
  void unexpectedFailureIsAServerErrorWithoutItsDetails() throws Exception {
    problem(mvc.perform(get("/api/fail/boom")), 500)
        .andExpect(content().string(not(containsString("hunter2"))));
  }

  private static ResultActions problem(ResultActions result, int status) throws Exception {
    return result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }
}
