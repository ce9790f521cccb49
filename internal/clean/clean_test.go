package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

func newCleaner(t testing.TB) *Cleaner {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Sentences from the seed (testdata/corpus/aleppo-2016-12.txt) and FA-KES.
func TestClean(t *testing.T) {
	c := newCleaner(t)
	tests := []struct{ name, in, want string }{
		{"photo credit line", "Assad regime forces carry out massacre as Aleppo falls\n| AFP Photo\n\n\nOver one hundred civilians were executed.",
			"Assad regime forces carry out massacre as Aleppo falls\n\nOver one hundred civilians were executed."},
		{"photo label line", "Smoke rises.\nPhoto: Reuters\nThe shelling went on.", "Smoke rises.\nThe shelling went on."},
		{"inline photo credit", "Rescuers search the rubble (AFP Photo) in Idlib.", "Rescuers search the rubble in Idlib."},
		{"caption tail", "Smoke rises over Aleppo | AFP Photo\nThe fierce bombardments", "Smoke rises over Aleppo\nThe fierce bombardments"},
		{"attribute residue", "The fierce bombardments have forced most of the citytarget=\"_blank\"'>", "The fierce bombardments have forced most of the city"},
		{"stray tags", "killed <b>12</b> people<br/>in Hama", "killed 12 people in Hama"},
		{"entities", "Syria &amp; Russia&nbsp;said &#8220;no&#8221;", "Syria & Russia said “no”"},
		{"site furniture", "Home | World | Middle East\nShare this article\nFacebook Twitter WhatsApp\nIsraeli strikes kill 22\nRelated\nNews > World > Africa", "Israeli strikes kill 22"},
		{"bars in a headline kept", "Home truths | Why the siege of El Fasher matters", "Home truths | Why the siege of El Fasher matters"},
		{"caption with its credit", "by Martin Fornusek\nRescuers work at the site of a Russian guided bomb strike on Kharkiv, Ukraine. (Photo: State Emergency Service / Telegram)\nRussian forces struck a residential building.",
			"by Martin Fornusek\nRussian forces struck a residential building."},
		{"read also", "Twelve killed.\nRead also: Russia launches 100 drones at Ukraine overnight, 66 downed\nThe toll rose.", "Twelve killed.\nThe toll rose."},
		{"share boilerplate", "Twelve killed.\nShare this article\nFollow us on Twitter @news\nRead more: Aleppo falls\nThe toll rose.", "Twelve killed.\nThe toll rose."},
		{"share line of several networks", "Gunmen kill 12\nShare on Facebook Share on Twitter\nOUAGADOUGOU, Feb 26 (AFP) - Suspected jihadists killed 12.", "Gunmen kill 12\nOUAGADOUGOU, Feb 26 (AFP) - Suspected jihadists killed 12."},
		{"glued sentence", "he said in a message to reporters.Bana and mother await", "he said in a message to reporters. Bana and mother await"},
		{"glued opening quote", "rescued from the conflict.\"We are waiting a miracle", "rescued from the conflict. \"We are waiting a miracle"},
		{"glued closing quote", "adding: \"Maybe we will be finished as well.\"She is concerned", "adding: \"Maybe we will be finished as well.\" She is concerned"},
		{"glued curly", "in the war-zone.“The children", "in the war-zone. “The children"},
		{"glued paragraph", "for the thousands still in eastern Aleppo.Only three per cent", "for the thousands still in eastern Aleppo. Only three per cent"},
		{"decimal kept", "a 1.5 million strong city and 2.3m people", "a 1.5 million strong city and 2.3m people"},
		{"abbreviation glued kept", "On Nov.28, civilians fled; St.John and U.N.Security", "On Nov.28, civilians fled; St.John and U.N.Security"},
		{"url kept", "see www.sana.Sy/en or http://example.com/A.Html", "see www.sana.Sy/en or http://example.com/A.Html"},
		{"email kept", "write to press.Office@un.org", "write to press.Office@un.org"},
		{"whitespace", "  Aleppo\t\t falls \r\n\r\n\r\n\r\nThe  toll\u00a0rose \n", "Aleppo falls\n\nThe toll rose"},
		{"zero width and controls", "Ale\u200bppo\x07 falls", "Aleppo falls"},
		{"mojibake", "Syriaâ€™s Aleppo", "Syria’s Aleppo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m, _ := c.Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkMap(t, tt.in, got, m)
		})
	}
}

// checkMap verifies that every byte of the cleaned text that was copied maps
// onto the same byte of the source.
func checkMap(t *testing.T, src, out string, m doc.OffsetMap) {
	t.Helper()
	if m.Len() != len(out) {
		t.Fatalf("map covers %d bytes, text has %d", m.Len(), len(out))
	}
	for i := 0; i < len(out); i++ {
		j := m.ToSource(i)
		if j < 0 || j > len(src) {
			t.Fatalf("offset %d maps outside the source: %d", i, j)
		}
	}
	// Every word of the output is found at its mapped position.
	for _, w := range strings.Fields(out) {
		i := strings.Index(out, w)
		j := m.ToSource(i)
		if !strings.HasPrefix(src[j:], w[:1]) && w[0] < utf8.RuneSelf && !strings.ContainsAny(w, "&“”’") {
			t.Errorf("word %q at %d maps to %q", w, i, src[j:min(len(src), j+len(w))])
		}
	}
}

func TestRemovalsRecorded(t *testing.T) {
	c := newCleaner(t)
	src := "Aleppo falls\n| AFP Photo\n\nText here.target=\"_blank\"'>"
	_, _, rm := c.Clean(src)
	rules := map[string]string{}
	for _, r := range rm {
		rules[r.Rule] = r.Source.In(src)
	}
	if rules["photo-credit-line"] != "| AFP Photo\n" {
		t.Errorf("photo credit removal = %q", rules["photo-credit-line"])
	}
	if rules["html-attr-residue"] != "target=\"_blank\"'>" {
		t.Errorf("residue removal = %q", rules["html-attr-residue"])
	}
}

func TestIdempotent(t *testing.T) {
	c := newCleaner(t)
	for _, s := range []string{
		"reporters.Bana and mother\n| AFP Photo\n\nx",
		"conflict.\"We are waiting\"",
		"  a  b \n\n\n c ",
	} {
		once, _, _ := c.Clean(s)
		twice, _, _ := c.Clean(once)
		if once != twice {
			t.Errorf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	}
}

func TestParseErrorsNameLine(t *testing.T) {
	_, err := Parse("bad.tsv", "# c\nname\tdrop\t-\t(unclosed\n")
	if err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse("bad.tsv", "name\tzap\t-\tx\n")
	if err == nil || !strings.Contains(err.Error(), "unknown action") {
		t.Fatalf("err = %v", err)
	}
}

func FuzzClean(f *testing.F) {
	c := newCleaner(f)
	for _, s := range []string{"reporters.Bana", "a\r\n\r\nb", "x target=\"_blank\"'>", "&amp;&#99999999;", "\"a.\"B", "<p>x</p>", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // cleaning runs after decoding
		}
		out, m, rm := c.Clean(s)
		if m.Len() != len(out) {
			t.Fatalf("map length %d, text %d", m.Len(), len(out))
		}
		for i := 0; i <= len(out); i++ {
			if j := m.ToSource(i); j < 0 || j > len(s) {
				t.Fatalf("offset %d maps to %d outside %d", i, j, len(s))
			}
		}
		for _, r := range rm {
			if r.Source.Start < 0 || int(r.Source.End) > len(s) || r.Source.Start > r.Source.End {
				t.Fatalf("removal %v outside source", r.Source)
			}
		}
		again, _, _ := c.Clean(out)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out")
		}
		_ = again
	})
}

func BenchmarkClean(b *testing.B) {
	c := newCleaner(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		c.Clean(text)
	}
}

func TestMaxMatchLen(t *testing.T) {
	for pat, want := range map[string]int{
		`abc`: 3, `a{2,5}`: 5, `[ \t]{0,8}x`: 9, `(?:ab|c){0,3}`: 6, `[^\n]{1,10}`: 40, `é`: 2, `a*`: -1, `(a|b+)`: -1,
	} {
		got, err := maxMatchLen(pat)
		if err != nil || got != want {
			t.Errorf("maxMatchLen(%q) = %d, %v; want %d", pat, got, err, want)
		}
	}
}

// Every line rule must have a bounded match so that long paragraphs are
// skipped without running it.
func TestLineRulesBounded(t *testing.T) {
	c := newCleaner(t)
	if c.lineReach < 0 || c.lineReach > 1000 {
		t.Errorf("line rules reach %d bytes; bound every repetition", c.lineReach)
	}
}
