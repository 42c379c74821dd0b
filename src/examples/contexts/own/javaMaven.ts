/**
 * Our example: a Spring Boot 3.3 service built with Maven in maven:3.9-eclipse-temurin-21; the fat
 * jar runs on eclipse-temurin:21-jre. `dependency:go-offline` after `COPY pom.xml` caches the
 * Maven repository in its own layer.
 */
import { code, text } from '../files';
import type { OwnExample } from '../types';

const DOCKERFILE = code`
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
# Resolve the plugins and dependencies from pom.xml alone, so they stay cached across code edits.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN groupadd --system app && useradd --system --gid app app
WORKDIR /app
COPY --from=build /build/target/inventory-service.jar app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
`;

const POM = code`
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>

    <parent>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-starter-parent</artifactId>
        <version>3.3.5</version>
        <relativePath/>
    </parent>

    <groupId>com.acme</groupId>
    <artifactId>inventory-service</artifactId>
    <version>1.2.0</version>
    <name>inventory-service</name>
    <description>Stock levels for the warehouse</description>

    <properties>
        <java.version>21</java.version>
    </properties>

    <dependencies>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-web</artifactId>
        </dependency>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-validation</artifactId>
        </dependency>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-actuator</artifactId>
        </dependency>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-test</artifactId>
            <scope>test</scope>
        </dependency>
    </dependencies>

    <build>
        <finalName>inventory-service</finalName>
        <plugins>
            <plugin>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-maven-plugin</artifactId>
            </plugin>
        </plugins>
    </build>
</project>
`;

const PKG = 'src/main/java/com/acme/inventory';

const APPLICATION = code`
package com.acme.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InventoryApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventoryApplication.class, args);
    }
}
`;

const ITEM = code`
package com.acme.inventory.stock;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

public record Item(@NotBlank String sku, @NotBlank String name, @Min(0) int quantity) {

    public Item withQuantity(int newQuantity) {
        return new Item(sku, name, newQuantity);
    }
}
`;

const REPOSITORY = code`
package com.acme.inventory.stock;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Repository;

@Repository
public class ItemRepository {

    private final ConcurrentMap<String, Item> items = new ConcurrentHashMap<>();

    public Collection<Item> findAll() {
        return items.values();
    }

    public Optional<Item> findBySku(String sku) {
        return Optional.ofNullable(items.get(sku));
    }

    public Item save(Item item) {
        items.put(item.sku(), item);
        return item;
    }
}
`;

const CONTROLLER = code`
package com.acme.inventory.stock;

import java.util.Collection;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/items")
public class ItemController {

    private final ItemRepository repository;

    public ItemController(ItemRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    public Collection<Item> list() {
        return repository.findAll();
    }

    @PutMapping("/{sku}")
    public Item put(@PathVariable String sku, @Valid @RequestBody Item item) {
        if (!sku.equals(item.sku())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sku in path and body differ");
        }
        return repository.save(item);
    }

    @PostMapping("/{sku}/adjust")
    public Item adjust(@PathVariable String sku, @RequestParam int delta) {
        Item item = repository.findBySku(sku)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown sku"));
        int quantity = item.quantity() + delta;
        if (quantity < 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "not enough stock");
        }
        return repository.save(item.withQuantity(quantity));
    }
}
`;

const APPLICATION_YML = code`
server:
  port: 8080
  shutdown: graceful

spring:
  application:
    name: inventory-service

management:
  endpoints:
    web:
      exposure:
        include: health,info
  endpoint:
    health:
      probes:
        enabled: true
`;

const TEST = code`
package com.acme.inventory.stock;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ItemController.class)
@Import(ItemRepository.class)
class ItemControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void stockCannotGoNegative() throws Exception {
        mvc.perform(put("/items/MUG-01").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"MUG-01\",\"name\":\"Mug\",\"quantity\":2}"))
                .andExpect(status().isOk());

        mvc.perform(post("/items/MUG-01/adjust").param("delta", "-1"))
                .andExpect(jsonPath("$.quantity").value(1));
        mvc.perform(post("/items/MUG-01/adjust").param("delta", "-5"))
                .andExpect(status().isConflict());
    }
}
`;

const README = code`
# inventory-service

Stock levels for the warehouse (Spring Boot 3.3, Java 21).

    mvn test
    mvn spring-boot:run
    curl -X PUT localhost:8080/items/MUG-01 -H 'Content-Type: application/json' \
         -d '{"sku":"MUG-01","name":"Mug","quantity":12}'
    curl -X POST 'localhost:8080/items/MUG-01/adjust?delta=-2'

Health: \`/actuator/health\` (liveness and readiness probes enabled).
`;

export const javaMaven: OwnExample = {
  id: 'java-maven',
  title: 'Spring Boot built with Maven, run on a JRE',
  description: 'A Spring Boot 3.3 inventory service: Maven builds the jar in a JDK image, eclipse-temurin:21-jre runs it.',
  dockerfile: DOCKERFILE,
  files: {
    'pom.xml': text(POM),
    [`${PKG}/InventoryApplication.java`]: text(APPLICATION),
    [`${PKG}/stock/Item.java`]: text(ITEM),
    [`${PKG}/stock/ItemRepository.java`]: text(REPOSITORY),
    [`${PKG}/stock/ItemController.java`]: text(CONTROLLER),
    'src/main/resources/application.yml': text(APPLICATION_YML),
    'src/test/java/com/acme/inventory/stock/ItemControllerTest.java': text(TEST),
    'README.md': text(README),
    '.gitignore': text('target/\n.idea/\n*.iml\n.vscode/\n'),
    '.dockerignore': text('target\n.git\n.idea\n*.iml\n'),
  },
  notes:
    'The build stage keeps the JDK, Maven and ~/.m2 (about 60 MB of Spring Boot dependencies); the ' +
    'runtime gets the repackaged jar (about 20 MB, dependencies inside) on a JRE-only base. ' +
    '`<finalName>` fixes the jar name the COPY --from line expects.',
};
