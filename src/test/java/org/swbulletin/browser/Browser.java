package org.swbulletin.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test run, driven by Debian's {@code chromium-driver}: opening a page at a given
 * viewport width, running scripts in it and saving screenshots. Starting a browser costs more than checking a page,
 * so every browser test shares this session; it is closed when the JVM exits.
 *
 * <p>The browser and driver are found at {@value #CHROMIUM} and {@value #DRIVER} (or the {@code chromium.binary} and
 * {@code chromium.driver} system properties); when they are missing the tests fail with a message saying how to
 * install them, rather than being skipped, because CI must run them.
 */
public final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    /** Viewport height used while checking; screenshots grow it to the page's height. */
    static final int HEIGHT = 900;
    /** The tallest screenshot taken, so a runaway page cannot exhaust memory. */
    static final int MAX_SHOT_HEIGHT = 12_000;

    private static Browser shared;

    private final ChromeDriver driver;
    private int width = -1;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The shared headless browser, started on first use. */
    public static synchronized Browser shared() {
        if (shared == null) {
            String binary = System.getProperty("chromium.binary", CHROMIUM);
            String driverPath = System.getProperty("chromium.driver", DRIVER);
            for (String required : List.of(binary, driverPath)) {
                if (!new File(required).canExecute()) {
                    throw new IllegalStateException(required + " is missing: the browser tests need Debian's chromium"
                            + " and chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run"
                            + " installs them), or -Dchromium.binary=... -Dchromium.driver=...");
                }
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN",
                    "--window-size=1366," + HEIGHT);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            shared = new Browser(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "browser-quit"));
        }
        return shared;
    }

    /** Opens a page with a viewport of the given CSS width and waits until it has loaded. */
    public void open(URI url, int viewportWidth) {
        viewport(viewportWidth, HEIGHT);
        driver.get(url.toString());
    }

    private void viewport(int w, int h) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", w, "height", h, "deviceScaleFactor", 1, "mobile", false));
        width = w;
    }

    /** The viewport width the current page was opened at. */
    public int width() {
        return width;
    }

    /** Runs a script in the page and returns its result (see {@link JavascriptExecutor#executeScript}). */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The underlying driver, for libraries that take one (axe-core's runner). */
    public ChromeDriver driver() {
        return driver;
    }

    /** Saves a PNG of the whole page (not only the viewport) to a file, creating its folder. */
    public void screenshot(Path file) {
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, MAX_SHOT_HEIGHT),
                        "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
