package io.casedesk.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** casedesk.shifts as README explains it: YAML defaults, replaced as a whole by environment variables. */
class ShiftPropertiesTest {

  static final Map<String, Object> YAML = Map.of(
      "casedesk.shifts[0].name", "Bangalore", "casedesk.shifts[0].time-zone", "Asia/Kolkata",
      "casedesk.shifts[0].start", "08:30", "casedesk.shifts[0].duty-manager", "manager1",
      "casedesk.shifts[1].name", "Budapest", "casedesk.shifts[1].time-zone", "Europe/Budapest",
      "casedesk.shifts[1].start", "10:00", "casedesk.shifts[1].duty-manager", "manager1");

  @Test
  void yamlEntriesBind() {
    assertThat(bind(Map.of()).shifts()).extracting(ShiftProperties.ShiftDefinition::name)
        .containsExactly("Bangalore", "Budapest");
  }

  @Test
  void environmentVariablesReplaceTheWholeList() {
    ShiftProperties properties = bind(Map.of(
        "CASEDESK_SHIFTS_0_NAME", "Lyon", "CASEDESK_SHIFTS_0_TIME_ZONE", "Europe/Paris",
        "CASEDESK_SHIFTS_0_START", "07:00", "CASEDESK_SHIFTS_0_DUTY_MANAGER", "ops.lyon",
        "CASEDESK_SHIFTS_0_TEAM_GROUP", "team-lyon"));

    assertThat(properties.shifts()).containsExactly(
        new ShiftProperties.ShiftDefinition("Lyon", "Europe/Paris", "07:00", "ops.lyon", "team-lyon"));
    Shift lyon = new ShiftSchedule(properties).shifts().get(0);
    assertThat(lyon.start()).hasToString("07:00");
    assertThat(lyon.teamGroup()).isEqualTo("team-lyon");
  }

  private static ShiftProperties bind(Map<String, Object> environment) {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addLast(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
    sources.addLast(new MapPropertySource("application.yaml", YAML));
    return new Binder(ConfigurationPropertySources.from(sources)).bind("casedesk", ShiftProperties.class)
        .orElseGet(() -> new ShiftProperties(List.of()));
  }
}
