package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/sample"
)

// TestIngestSurvivesSIGKILL kills `sitrep ingest` at random moments, again
// and again, then lets it finish: SQLite's integrity check must pass,
// every document must be stored exactly once, and nothing committed lost.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of documents")
	}
	dir := t.TempDir()
	bin := buildSitrep(t)
	// 1,600 distinct documents: the sample's articles, each numbered.
	var lines []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(sample.JSONL()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil {
			lines = append(lines, m)
		}
	}
	in := filepath.Join(dir, "dump.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	const copies = 100
	enc := json.NewEncoder(f)
	for c := 0; c < copies; c++ {
		for i, m := range lines {
			m2 := map[string]any{}
			for k, v := range m {
				m2[k] = v
			}
			m2["id"] = fmt.Sprintf("doc-%d-%d", c, i)
			m2["text"] = fmt.Sprintf("%v Report number %d.", m["text"], c)
			enc.Encode(m2)
		}
	}
	f.Close()
	want := copies * len(lines)
	db := filepath.Join(dir, "s.db")
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 8; k++ {
		cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "20", in)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(200+rng.Intn(700)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	again, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil || !strings.Contains(string(again), "0 documents added") {
		t.Errorf("second run added something: %s", again)
	}
	conn, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx := context.Background()
	var check string
	if err := conn.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity: %q %v", check, err)
	}
	var docs, distinct, dupArticles int
	conn.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT hash) FROM documents`).Scan(&docs, &distinct)
	conn.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT doc, idx FROM articles GROUP BY doc, idx HAVING count(*) > 1)`).Scan(&dupArticles)
	if docs != want || distinct != want || dupArticles != 0 {
		t.Errorf("%d documents (%d distinct), want %d; %d duplicated articles", docs, distinct, want, dupArticles)
	}
}
