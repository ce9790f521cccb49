package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/record"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedPath = "../../testdata/corpus/aleppo-2016-12.txt"

// TestSeedGolden checks the whole record of the seed against a golden file
// that a person has read. Run `go test ./cmd/sitrep -update` after an
// intended change and review the diff.
func TestSeedGolden(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	o := extractOptions{format: "jsonl", mentions: true, jobs: 1}
	if err := runSources(context.Background(), o, []input.Source{input.Bytes("aleppo-2016-12.txt", src)}, &out, &errOut); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	golden := "../../testdata/golden/aleppo-2016-12.jsonl"
	if *update {
		os.WriteFile(golden, out.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("output differs from %s; run with -update and review the diff", golden)
	}
	checkRecords(t, out.Bytes())
}

// checkRecords checks the invariants every record must keep.
func checkRecords(t *testing.T, jsonl []byte) []record.Article {
	t.Helper()
	var recs []record.Article
	sc := bufio.NewScanner(bytes.NewReader(jsonl))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a record.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("%s/%d: empty text", a.Doc, a.Article)
		}
		if a.Mentions != nil {
			for _, s := range a.Mentions.Sentences {
				if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
					t.Errorf("%s/%d: sentence %v outside text of %d bytes", a.Doc, a.Article, s, len(a.Text))
				}
			}
		}
		recs = append(recs, a)
	}
	return recs
}

func TestExtractBatchGoesOnAfterBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("Shelling killed three civilians in Hama on Monday."), 0o644)
	empty := filepath.Join(dir, "b.txt")
	os.WriteFile(empty, nil, 0o644)
	dump := filepath.Join(dir, "c.jsonl")
	os.WriteFile(dump, []byte("{\"id\":\"x1\",\"text\":\"Air strikes hit Idlib.\"}\nnot json\n{\"id\":\"x2\",\"text\":\"Clashes in Daraa.\"}\n"), 0o644)
	var out, errOut bytes.Buffer
	err := runExtract(context.Background(), extractOptions{format: "jsonl"}, []string{dir, filepath.Join(dir, "missing.txt")}, &out, &errOut)
	if err == nil || run([]string{"extract", filepath.Join(dir, "missing.txt")}) != exitInputError {
		t.Fatalf("want an input error, got %v", err)
	}
	recs := checkRecords(t, out.Bytes())
	var docs []string
	for _, r := range recs {
		docs = append(docs, r.Doc)
	}
	if strings.Join(docs, ",") != good+",x1,x2" {
		t.Errorf("docs = %v", docs)
	}
	for _, want := range []string{"b.txt: bad input: empty input", "c.jsonl:2: bad input: not a JSON object", "missing.txt: no such file"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
}

// A CSV export with its own column names reads through the field flags.
func TestExtractCSVWithFieldFlags(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "export.csv")
	os.WriteFile(f, []byte("story_id,headline,story,when\n"+
		"s1,Raids on Idlib,\"Air strikes killed at least 16 civilians in Idlib on Monday, activists said.\",2017-04-04\n"+
		"s2,Broken,\"A quote that never closes\n"+
		"s3,Hama,Shelling killed three civilians in Hama.,2017-04-05\n"), 0o644)
	var out, errOut bytes.Buffer
	o := extractOptions{format: "jsonl", fields: inputFlags{text: "story", id: "story_id", date: "when"}}
	err := runExtract(context.Background(), o, []string{f}, &out, &errOut)
	if err == nil {
		t.Fatal("want an error for the broken record")
	}
	recs := checkRecords(t, out.Bytes())
	if len(recs) != 2 || recs[0].Doc != "s1" || recs[1].Doc != "s3" || recs[0].Title != "Raids on Idlib" || recs[0].Published == nil || *recs[0].Published != "2017-04-04" {
		t.Fatalf("records: %+v", recs)
	}
	if len(recs[0].Events) == 0 {
		t.Errorf("no event in %q", recs[0].Text)
	}
	if !strings.Contains(errOut.String(), "export.csv:3: bad input: a quoted field that never closes") {
		t.Errorf("stderr: %s", errOut.String())
	}
}

// csv and geojson write one row or feature per event, the same events as
// the article records carry.
func TestExtractEventFormats(t *testing.T) {
	var jl, cs, gj, errOut bytes.Buffer
	for f, out := range map[string]*bytes.Buffer{"jsonl": &jl, "csv": &cs, "geojson": &gj} {
		if err := runExtract(context.Background(), extractOptions{format: f, published: "2016-12-12"}, []string{seedPath}, out, &errOut); err != nil {
			t.Fatal(f, err)
		}
	}
	events := 0
	for _, r := range checkRecords(t, jl.Bytes()) {
		events += len(r.Events)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if events == 0 || len(rows) != events+1 || rows[0][0] != "event_date" || rows[0][3] != "event_type" {
		t.Fatalf("%d events, %d csv rows; header %v", events, len(rows), rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		if r[3] == "Violence against civilians" && r[13] == "Opposition sources" && r[15] == "181" && strings.Contains(r[14], "over 180 people") {
			found = true
		}
	}
	if !found {
		t.Error("no row for the executions claimed by opposition sources")
	}
	var fc struct {
		Type     string
		Features []struct {
			Geometry   *struct{ Coordinates [2]float64 }
			Properties struct{ Doc, Type string }
		}
	}
	if err := json.Unmarshal(gj.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != events || fc.Features[0].Properties.Doc != seedPath || fc.Features[0].Geometry == nil {
		t.Errorf("geojson: %+v", fc)
	}
}

// --gazetteer adds a team's places (sitrep's TSV) and GeoNames dumps.
func TestExtractUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	tsv := filepath.Join(dir, "team.tsv")
	os.WriteFile(tsv, []byte("# name\taliases\tparent\tlat\tlon\tkind\tsource\nKhirbet Zuqaiqa\tKherbet Zuqaiqa\tgeonames:170063\t\t\tneighbourhood\tteam notes\n"), 0o644)
	gn := filepath.Join(dir, "XX.txt")
	os.WriteFile(gn, []byte("99000001\tQaryat Wardiya\tQaryat Wardiya\tWardiya,Wardiyah\t35.5\t36.5\tP\tPPL\tSY\t\t07\t\t\t\t900\t\t300\tAsia/Damascus\t2020-01-01\n"), 0o644)
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("Shelling killed four civilians in Kherbet Zuqaiqa on Monday.\n\nAir strikes killed two civilians in Wardiyah on Tuesday."), 0o644)
	var out, errOut bytes.Buffer
	o := extractOptions{format: "jsonl", published: "2016-12-12", fields: inputFlags{gazetteers: []string{tsv, gn}}}
	if err := runExtract(context.Background(), o, []string{txt}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	recs := checkRecords(t, out.Bytes())
	var got []string
	for _, e := range recs[0].Events {
		if e.Place != nil {
			got = append(got, fmt.Sprintf("%s %.1f,%.1f %s", e.Place.Name, e.Place.Lat, e.Place.Lon, e.Place.Precision))
		}
	}
	if strings.Join(got, "; ") != "Khirbet Zuqaiqa 36.2,37.2 city; Qaryat Wardiya 35.5,36.5 city" {
		t.Errorf("places: %v", got)
	}
	o.fields.gazetteers = []string{filepath.Join(dir, "missing.tsv")}
	if err := runExtract(context.Background(), o, []string{txt}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "missing.tsv") {
		t.Errorf("err = %v", err)
	}
}

// The limits are flags: each breach names the document (and line), and
// the rest of the batch goes on.
func TestLimitFlags(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "d.jsonl")
	os.WriteFile(dump, []byte(`{"id":"short","text":"Shelling killed three civilians in Hama."}`+"\n"+
		`{"id":"long","text":"`+strings.Repeat("Clashes continued in Daraa. ", 100)+`"}`+"\n"), 0o644)
	var out, errOut bytes.Buffer
	o := extractOptions{format: "jsonl", fields: inputFlags{maxLineMB: 0.001}}
	err := runExtract(context.Background(), o, []string{dump}, &out, &errOut)
	if err == nil || !strings.Contains(errOut.String(), "d.jsonl:2: bad input: line longer than 0.0 MB (--max-line-size)") || len(checkRecords(t, out.Bytes())) != 1 {
		t.Errorf("line limit: %v\n%s", err, errOut.String())
	}
	out.Reset()
	errOut.Reset()
	o = extractOptions{format: "jsonl", fields: inputFlags{maxAnnotations: 10}}
	err = runExtract(context.Background(), o, []string{seedPath, dump}, &out, &errOut)
	if err == nil || !strings.Contains(errOut.String(), "aleppo-2016-12.txt: over a limit:") || !strings.Contains(errOut.String(), "more than 10 (--max-annotations)") {
		t.Errorf("annotation limit: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "long: over a limit:") {
		t.Errorf("the long dump line is not over the limit:\n%s", errOut.String())
	}
	if recs := checkRecords(t, out.Bytes()); len(recs) != 1 || recs[0].Doc != "short" {
		t.Errorf("records after the breaches: %+v", recs)
	}
}

// --cpuprofile leaves a profile pprof can read.
func TestCPUProfileFlag(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	c := newRootCommand()
	c.SetOut(io.Discard)
	c.SetArgs([]string{"extract", "--cpuprofile", prof, "--format", "csv", seedPath})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(prof); err != nil || st.Size() == 0 {
		t.Errorf("profile: %v", err)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "xml", seedPath},
		{"extract", "--published", "12/12/2016", seedPath},
		{"extract", "--no-such-flag"},
	} {
		if code := run(args); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestPublishedFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	err := runExtract(context.Background(), extractOptions{format: "jsonl", published: "2016-12-12"}, []string{seedPath}, &out, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range checkRecords(t, out.Bytes()) {
		if r.Published == nil || *r.Published != "2016-12-12" || r.PublishedInferred {
			t.Errorf("article %d published %v inferred %v", r.Article, r.Published, r.PublishedInferred)
		}
	}
}

func TestDemo(t *testing.T) {
	for _, format := range []string{"md", "json"} {
		var out bytes.Buffer
		c := newDemoCommand()
		c.SetOut(&out)
		c.SetArgs([]string{"--print", "--format", format})
		if err := c.Execute(); err != nil {
			t.Fatal(err)
		}
		if format == "json" {
			var recs []record.Article
			if err := json.Unmarshal(out.Bytes(), &recs); err != nil || len(recs) != 16 {
				t.Fatalf("demo json: %d records, %v", len(recs), err)
			}
		} else if !strings.Contains(out.String(), "## Syria attack symptoms consistent with nerve agent use WHO") {
			t.Errorf("demo md lacks the first title:\n%.500s", out.String())
		}
	}
}

// TestFAKES runs every FA-KES article of the shared corpus, when it is at
// hand: none may fail, panic or come out empty.
func TestFAKES(t *testing.T) {
	path := sharedPath(t, "corpus/fakes/articles.jsonl")
	var out, errOut bytes.Buffer
	if err := runExtract(context.Background(), extractOptions{format: "jsonl"}, []string{path}, &out, &errOut); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if recs := checkRecords(t, out.Bytes()); len(recs) != 372 {
		t.Errorf("got %d records, want 372", len(recs))
	}
}

func sharedPath(t *testing.T, rel string) string {
	p, ok := testshared.Path(rel)
	if !ok {
		t.Skipf("shared corpus not found: %s", rel)
	}
	return p
}

// cancelOn cancels a context when a line it is written contains want.
type cancelOn struct {
	buf    bytes.Buffer
	want   string
	cancel context.CancelFunc
}

func (c *cancelOn) Write(p []byte) (int, error) {
	c.buf.Write(p)
	if strings.Contains(c.buf.String(), c.want) {
		c.cancel()
	}
	return len(p), nil
}

// The README's first command: the demo stores the sample and serves it.
func TestDemoServes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	w := &cancelOn{want: "serving http://127.0.0.1:", cancel: cancel}
	c := newDemoCommand()
	c.SetErr(w)
	c.SetArgs([]string{"--addr", "127.0.0.1:0"})
	if err := c.ExecuteContext(ctx); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(w.buf.String(), "demo store: 16 documents") || !strings.Contains(w.buf.String(), "serving http://") {
		t.Errorf("demo said:\n%s", w.buf.String())
	}
}
