package io.casedesk.knowledge;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL's full-text search where the database is PostgreSQL, the portable ranking elsewhere (H2). */
@Configuration
public class TextSearchConfiguration {

  @Bean
  TextSearch textSearch(DataSource dataSource, JdbcClient jdbc) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      return postgres ? new PostgresTextSearch(jdbc) : new PortableTextSearch(jdbc);
    }
  }
}
