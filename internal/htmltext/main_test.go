package htmltext

import (
	"strings"
	"testing"
)

// A news page as sites write them: chrome in plain <div>s that tag-based
// stripping cannot tell from the article.
const newsPage = `<!DOCTYPE html><html><head><title>Death toll mounts as Aleppo air strikes continue - World News</title>
<meta name="author" content="Staff reporter"></head><body>
<div class="top-bar"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/login">Log in</a></div>
<div class="main"><div class="story">
<h1>Death toll mounts as Aleppo air strikes continue</h1>
<div class="byline">By Staff reporter, 4 December 2016</div>
<p>Over the course of the last 27 days, some 990 civilians have been killed in the Aleppo province, according to local sources.</p>
<p>The fierce bombardments have forced most of the city's residents to flee to the western districts, activists said on Sunday.</p>
<p>Medical sources said that the last functioning hospital in the eastern part of the city had been put out of service by the strikes.</p>
<p>The United Nations said some 300,000 civilians remained trapped under siege, with food and fuel running out.</p>
</div>
<div class="related"><h3>Most read</h3><ul><li><a href="/a">Football: late winner settles derby</a></li><li><a href="/b">Ten recipes for winter</a></li><li><a href="/c">Celebrity wedding photos</a></li></ul></div>
</div>
<div class="comments"><div class="comment">Great article!!! Click here to win a prize</div></div>
<div class="footer-links"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> Copyright 2016</div>
</body></html>`

func TestMainText(t *testing.T) {
	p := Extract(newsPage)
	a, err := Main(newsPage, p, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"some 990 civilians have been killed", "\n\nThe United Nations said some 300,000"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("main text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, bad := range []string{"Football", "recipes", "Click here", "Privacy", "Log in"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("main text keeps %q:\n%s", bad, a.Text)
		}
		if !strings.Contains(p.Text, bad) {
			t.Errorf("the whole page's text should keep %q (test is not testing anything)", bad)
		}
	}
}

func TestMainLimits(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "Aleppo" + strings.Repeat("</div>", 100000)
	p := Extract(deep)
	if p.MaxDepth != 100000 || p.Text != "Aleppo" {
		t.Fatalf("depth %d text %q", p.MaxDepth, p.Text)
	}
	if _, err := Main(deep, p, 0); err == nil || !strings.Contains(err.Error(), "nest 100000 deep") {
		t.Errorf("err = %v", err)
	}
	big := "<html><body><p>" + strings.Repeat("x ", MainMaxBytes) + "</p>"
	if _, err := Main(big, Extract(big), 0); err == nil || !strings.Contains(err.Error(), "over 2 MB") {
		t.Errorf("err = %v", err)
	}
}
