package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readAllItems(t *testing.T, name, src string) ([]Item, error) {
	t.Helper()
	var items []Item
	err := Read(name, strings.NewReader(src), func(it Item) bool { items = append(items, it); return true })
	return items, err
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{`{"id": "a", "text": "Aleppo"}` + "\n", JSONL},
		{"\xef\xbb\xbf" + `{"text": "x"}`, JSONL},
		{"<!DOCTYPE html><html><body><p>x</p>", HTML},
		{"  <div class=x>Aleppo</div>", HTML},
		{"Assad regime forces carry out massacre as Aleppo falls\n| AFP Photo", Text},
		{"{not json at all} and then text", Text},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestJSONLBadLinesSkipped(t *testing.T) {
	src := `{"id": "fakes-1", "title": "T", "text": "Twelve killed in Idlib.", "published": "2017-04-05", "source": "nna"}
{"id": 42, "content": "Shelling in Hama."}
not json
{"id": "x", "title": "no text"}
{"body": "Body field.", "published": "yesterday"}

{"text": "Last one."}
`
	items, err := readAllItems(t, "dump.jsonl", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 6 {
		t.Fatalf("got %d items", len(items))
	}
	if it := items[0]; it.Err != nil || it.Meta.ID != "fakes-1" || it.Meta.Published.Format("2006-01-02") != "2017-04-05" || it.Meta.Source != "nna" {
		t.Errorf("item 0: %+v", it)
	}
	if it := items[1]; it.Err != nil || it.Meta.ID != "42" || it.Text != "Shelling in Hama." {
		t.Errorf("item 1: %+v", it)
	}
	for i, want := range map[int]string{2: "dump.jsonl:3: bad input: not a JSON object", 3: "dump.jsonl:4: bad input: no text field", 4: "dump.jsonl:5: bad input: \"published\" is not a date"} {
		if items[i].Err == nil || !strings.HasPrefix(items[i].Err.Error(), want) || !errors.Is(items[i].Err, ErrInput) {
			t.Errorf("item %d err = %v, want prefix %q", i, items[i].Err, want)
		}
	}
	if it := items[5]; it.Meta.ID != "dump.jsonl:7" {
		t.Errorf("item 5 id = %q", it.Meta.ID)
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | Aleppo falls</title>
<meta property="og:title" content="Aleppo falls">
<meta property="article:published_time" content="2016-12-12T10:00:00+02:00">
<script>var x = "<p>not text</p>";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> World</nav>
<article><h1>Aleppo falls</h1><p>Over one hundred civilians were executed&nbsp;on Monday.</p>
<p>Only one per cent remains.<br>Much was destroyed.</p></article>
<footer>© 2016 News</footer></body></html>`
	items, err := readAllItems(t, "page.html", page)
	if err != nil || len(items) != 1 {
		t.Fatal(err, len(items))
	}
	it := items[0]
	if it.Meta.Title != "Aleppo falls" || it.Meta.Published.Format("2006-01-02") != "2016-12-12" || it.Meta.Format != "html" {
		t.Errorf("meta %+v", it.Meta)
	}
	for _, bad := range []string{"not text", "Home", "© 2016", "p{}"} {
		if strings.Contains(it.Text, bad) {
			t.Errorf("text keeps %q: %q", bad, it.Text)
		}
	}
	if !strings.Contains(it.Text, "executed\u00a0on Monday.\n\nOnly one per cent remains.\nMuch was destroyed.") {
		t.Errorf("text = %q", it.Text)
	}
}

func TestEmptyAndMissing(t *testing.T) {
	if _, err := readAllItems(t, "empty.txt", ""); err == nil || !strings.Contains(err.Error(), "empty.txt: bad input: empty input") {
		t.Errorf("err = %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("h"), 0o644)
	srcs, errs := Expand([]string{dir, filepath.Join(dir, "missing.txt")})
	if len(srcs) != 2 || !strings.HasSuffix(srcs[0].Name, "a.txt") || len(errs) != 1 {
		t.Errorf("Expand = %v, %v", srcs, errs)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2016-12-12": "2016-12-12", "2016-12-12T23:30:00Z": "2016-12-12", "2016-12-12 08:00:00": "2016-12-12",
		"Mon, 12 Dec 2016 10:00:00 +0000": "2016-12-12",
	} {
		got, ok := ParseDate(in)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("ParseDate(%q) = %v %v", in, got, ok)
		}
	}
	for _, bad := range []string{"yesterday", "2016-13-45", "0000-01-01", ""} {
		if _, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{`{"text":"a"}`, "<html><p>x", "plain", "{\n", "\xff\xfe<\x00p\x00>\x00",
		"id,text\n1,\"a\n\"\"b\"\n2,\"open\n3,c\n", "title;body\nx;y\n", rssFeed, atomFeed} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Read("fuzz", strings.NewReader(s), func(it Item) bool {
			if it.Err == nil && strings.TrimSpace(it.Text) == "" {
				t.Errorf("an item with no text and no error: %+v", it)
			}
			return true
		})
	})
}
