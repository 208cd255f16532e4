package io.casedesk.deployment;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Deploys one file over the engine REST exactly as Camunda Modeler does. */
final class ModelerDeploy {

  private ModelerDeploy() {}

  static ResponseEntity<String> deploy(TestRestTemplate http, String fileName, String content) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", fileName.replaceAll("\\..*$", ""));
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    var fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    body.add(fileName, new HttpEntity<>(new ByteArrayResource(content.getBytes()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, fileHeaders));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }
}
