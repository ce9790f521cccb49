package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sitrep-dev/sitrep/internal/server"
)

// TestBrowser loads the page in Chromium (Debian's, installed by .ci/run):
// the seed's events appear on the map, in the list and on the timeline;
// an event opens with its evidence; an article opens with its layers; and
// the seed's HTML residue stays text. Screenshots go to
// $SITREP_SCREENSHOTS (default: a temporary folder).
func TestBrowser(t *testing.T) {
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed")
	}
	st := seedStore(t, `Shelling hit Douma. <script>document.title="pwned"</script> <img src=x onerror="document.title='pwned'"> <a href="javascript:alert(1)">x</a>`)
	srv := httptest.NewServer(server.Handler(st, server.Options{}))
	defer srv.Close()
	shots := os.Getenv("SITREP_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	os.MkdirAll(shots, 0o755)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true))
	// Under a loaded CI machine Chromium sometimes dies before it has
	// opened its DevTools socket ("chrome failed to start"); that says
	// nothing about the page, so the start is tried a second time.
	var ctx context.Context
	for attempt := 1; ; attempt++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, cancelBrowser := chromedp.NewContext(actx)
		err := chromedp.Do(bctx, chromedp.Navigate("about:blank"))
		if err == nil {
			defer cancelAlloc()
			defer cancelBrowser()
			ctx = bctx
			break
		}
		cancelBrowser()
		cancelAlloc()
		if attempt == 2 || !strings.Contains(err.Error(), "failed to start") {
			t.Fatal(err)
		}
		t.Logf("chromium did not start (%v); trying again", firstLine(err.Error()))
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	shot := func(name string) {
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(shots, name)
		t.Logf("screenshot %s", p)
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eval := func(js string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.title === "sitrep — ready"`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatal(err)
	}
	markers := eval(`Number(document.body.dataset.markers || 0)`)
	items := eval(`document.querySelectorAll("#list li").length`)
	bars := eval(`document.querySelectorAll("#timeline canvas").length`)
	facts := eval(`document.querySelectorAll("#facts table tr").length`)
	shot("1-overview.png")
	if markers < 5 || items < 5 || bars == 0 {
		t.Errorf("page shows %d markers, %d events, %d timeline", markers, items, bars)
	}
	// The dispute of fact: a header row and the one and three per cent.
	if facts < 3 {
		t.Errorf("disputed facts table has %d rows", facts)
	}
	// Open the executions of 2016-12-12: the disputed attack.
	eval(`(() => { for (const li of document.querySelectorAll("#list li")) if (li.textContent.includes("Attack") && li.textContent.includes("disputed")) { li.click(); return 1 } document.querySelector("#list li").click(); return 0 })()`)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#detail blockquote`))); err != nil {
		t.Fatal(err)
	}
	evidence, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#detail blockquote`)))
	if err != nil {
		t.Fatal(err)
	}
	shot("2-event.png")
	if evidence == "" {
		t.Error("no evidence sentence")
	}
	// An article with its layers.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#detail .report a`)), chromedp.WaitVisible(chromedp.CSS(`#detail .articletext`))); err != nil {
		t.Fatal(err)
	}
	marks := eval(`document.querySelectorAll("#detail .articletext mark").length`)
	shot("3-article.png")
	if marks < 5 {
		t.Errorf("article shows %d marks", marks)
	}
	// Hostile text stays text.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/#/article/extra-a.txt/0"), chromedp.WaitVisible(chromedp.CSS(`#detail .articletext`)), chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	shot("4-hostile.png")
	if title == "pwned" {
		t.Error("article text ran as script")
	}
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
