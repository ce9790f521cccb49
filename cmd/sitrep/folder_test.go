package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/sample"
)

// TestIngestTenThousandFiles ingests a folder of 10,000 mixed files (text,
// HTML pages, JSON Lines dumps) built from the sample's articles, then
// again: the first run stores every document and says so, the second adds
// nothing.
func TestIngestTenThousandFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 13,000 documents")
	}
	var texts []string
	sc := bufio.NewScanner(bytes.NewReader(sample.JSONL()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &m) == nil && m.Text != "" {
			texts = append(texts, m.Text)
		}
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	want := 0
	for i := range 10000 {
		sub := filepath.Join(in, fmt.Sprintf("%03d", i/100))
		if i%100 == 0 {
			os.MkdirAll(sub, 0o755)
		}
		text := fmt.Sprintf("%s\n\nReport number %d.", texts[i%len(texts)], i)
		var name string
		var body []byte
		switch i % 3 {
		case 0:
			name = fmt.Sprintf("%05d.txt", i)
			body = []byte(text)
			want++
		case 1:
			name = fmt.Sprintf("%05d.html", i)
			var b strings.Builder
			fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Report %d</title></head><body><nav><a href=/>Home</a></nav><article>", i)
			for _, p := range strings.Split(text, "\n\n") {
				fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
			}
			b.WriteString("</article><footer>Copyright</footer></body></html>")
			body = []byte(b.String())
			want++
		default:
			name = fmt.Sprintf("%05d.jsonl", i)
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.Encode(map[string]string{"id": fmt.Sprintf("dump-%d-a", i), "text": text})
			enc.Encode(map[string]string{"id": fmt.Sprintf("dump-%d-b", i), "text": text + " Second copy."})
			body = b.Bytes()
			want += 2
		}
		if err := os.WriteFile(filepath.Join(sub, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := buildSitrep(t)
	db := filepath.Join(dir, "s.db")
	out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	summary := regexp.MustCompile(`sitrep: (\d+) documents added, (\d+) stored before, (\d+) failed; the store holds (\d+) articles`).FindStringSubmatch(string(out))
	if summary == nil || summary[1] != fmt.Sprint(want) || summary[3] != "0" {
		t.Fatalf("want %d documents added; output:\n%s", want, out)
	}
	out, err = exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("sitrep: 0 documents added, %d stored before, 0 failed", want)) {
		t.Errorf("second ingest: %v\n%s", err, out)
	}
}
