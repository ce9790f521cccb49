package htmltext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name, in, text, title, published string
	}{
		{"paragraphs and entities", `<p>Syria &amp; Russia</p><p>Aleppo&#8217;s old city</p>`, "Syria & Russia\n\nAleppo’s old city", "", ""},
		{"chrome dropped", `<header>Menu</header><nav>Home</nav><main><p>Twelve killed.</p></main><aside>Ad</aside><footer>©</footer>`, "Twelve killed.", "", ""},
		{"json-ld date", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2016-12-12T08:00:00Z"}]}</script><p>x</p>`, "x", "", "2016-12-12T08:00:00Z"},
		{"time element", `<h1>Aleppo falls</h1><time datetime="2016-12-13">Dec 13</time><p>Text.</p>`, "Aleppo falls\n\nDec 13\n\nText.", "Aleppo falls", "2016-12-13"},
		{"unclosed tags", `<div><p>Broken <b>page`, "Broken page", "", ""},
	}
	for _, tt := range tests {
		p := Extract(tt.in)
		if p.Text != tt.text || p.Title != tt.title || p.Published != tt.published {
			t.Errorf("%s: got text %q title %q published %q", tt.name, p.Text, p.Title, p.Published)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>", "<!--", "<title>x", `<meta property="og:title" content="t">`, "<svg><p>x</svg>", strings.Repeat("<div>", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Extract(s)
		if utf8.ValidString(s) && !utf8.ValidString(p.Text) {
			t.Fatalf("invalid UTF-8 text from valid input")
		}
	})
}
