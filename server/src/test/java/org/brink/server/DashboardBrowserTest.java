package org.brink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium: choose a dyad, see the chart and the table, open an
 * event's evidence, keep the filters in the URL. Skipped when /usr/bin/chromedriver is absent
 * ({@code .ci/run} installs chromium and chromium-driver with apt-get). Saves
 * target/dashboard.png.
 */
class DashboardBrowserTest {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static TestServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(DRIVER), "no " + DRIVER + ": install chromium-driver to run the browser test");
    server = TestServer.withCorpus(dir);
    ChromeOptions options = new ChromeOptions();
    for (String binary : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(binary))) {
        options.setBinary(binary);
        break;
      }
    }
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,1800");
    // The driver path is given, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1800));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @Test
  void choosingADyadShowsItsTimelineAndEventsAndAnEventOpensItsEvidence() throws IOException {
    browser.get(server.uri("/").toString());
    waiting().until(d -> new Select(d.findElement(By.id("dyad"))).getOptions().size() > 1);
    assertThat(browser.findElement(By.id("status")).getText()).contains("30 articles").contains("50 mentions");

    new Select(browser.findElement(By.id("dyad"))).selectByValue("PAK-IRN");
    waiting().until(d -> d.getCurrentUrl().contains("dyad=PAK-IRN"));
    WebElement canvas = browser.findElement(By.id("timeline"));
    waiting().until(d -> !"0".equals(canvas.getDomAttribute("data-points")) && canvas.getDomAttribute("data-points") != null);
    assertThat(Integer.parseInt(canvas.getDomAttribute("data-points"))).isEqualTo(26);
    assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
    Object drawn = browser.executeScript("return Chart.getChart(arguments[0]).data.datasets.map(d => d.label)", canvas);
    assertThat(drawn.toString()).isEqualTo("[PAK → IRN, IRN → PAK]");

    waiting().until(d -> d.findElement(By.id("events-count")).getText().equals("9 mentions"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#events-table tbody tr"));
    assertThat(rows).hasSize(9);
    WebElement strike =
        rows.stream().filter(r -> r.getText().contains("launched strikes on") && r.getText().contains("asserted")).findFirst().orElseThrow();
    assertThat(strike.findElement(By.cssSelector("mark.source")).getText()).isEqualTo("Pakistan");
    assertThat(strike.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo("launched strikes on");
    assertThat(strike.findElement(By.cssSelector("mark.target")).getText()).isEqualTo("Iran");

    strike.click();
    WebElement evidence = browser.findElement(By.id("evidence"));
    waiting().until(d -> evidence.isDisplayed() && !d.findElements(By.cssSelector("#evidence .mention")).isEmpty());
    assertThat(evidence.getText()).contains("190 Use conventional military force").contains("Day 19 briefing");
    assertThat(evidence.findElement(By.cssSelector(".mention mark.trigger")).getText()).isEqualTo("launched strikes on");
    assertThat(browser.getCurrentUrl()).contains("event=");
    assertThat(browser.findElements(By.cssSelector("#network .node"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#quotes li"))).isNotEmpty();
    assertThat(browser.findElement(By.id("alerts")).getText()).contains("2024-01-19 · PAK → IRN");
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();

    Path shot = Path.of("target", "dashboard.png");
    Files.createDirectories(shot.getParent());
    File taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(taken.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void filtersInTheUrlAreRestoredOnLoad() {
    browser.get(server.uri("/?dyad=ISR-PSE&quad=4&from=2024-01-01&to=2024-01-10").toString());
    waiting().until(d -> d.findElement(By.id("events-count")).getText().equals("4 mentions"));
    assertThat(new Select(browser.findElement(By.id("dyad"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("ISR-PSE");
    assertThat(new Select(browser.findElement(By.id("quad"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("4");
    assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2024-01-01");
    for (WebElement row : browser.findElements(By.cssSelector("#events-table tbody tr"))) {
      assertThat(row.getText()).contains("190");
    }
  }
}
