package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// hostileFolder writes the files of issue 9's "done when": what arrives
// from scrapers, broken tools and adversaries. It returns the folder and
// the names of the files that must each be reported.
func hostileFolder(t *testing.T) (dir string, bad []string) {
	t.Helper()
	dir = t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 10<<20)
	rng.Read(random)
	write("01-empty.txt", nil)
	write("02-one-byte.txt", []byte("x"))
	write("03-random.bin", random)
	write("04-invalid-utf8.txt", []byte("Shelling killed three civilians in Hama \xff\xfe\xc3( on Monday.\n"))
	line := bytes.Repeat([]byte("Aleppo shelled again "), 50<<20/21)
	write("05-one-line-50mb.txt", line)
	write("06-nested.html", []byte(strings.Repeat("<div>", 100000)+"<p>Air strikes killed five civilians in Idlib.</p>"+strings.Repeat("</div>", 100000)))
	arabic, err := charmap.Windows1256.NewEncoder().String(`<html><head><meta charset="windows-1256"><title>حلب</title></head><body><p>قتل خمسة مدنيين في غارات جوية على حلب يوم الاثنين.</p><p>Five civilians were killed in air strikes on Aleppo on Monday.</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	write("07-arabic-1256.html", []byte(arabic))
	var dump strings.Builder
	for i := range 10 {
		if i == 5 {
			dump.WriteString(`{"id": "broken", "text": "an unterminated string` + "\n")
			continue
		}
		fmt.Fprintf(&dump, `{"id": "d%d", "text": "Clashes killed %d fighters near Daraa on Monday."}`+"\n", i, i+2)
	}
	write("08-dump.jsonl", []byte(dump.String()))
	write("09-good.txt", []byte("Russian jets killed 12 civilians in Idlib on Tuesday, the Syrian Observatory for Human Rights said."))
	return dir, []string{"01-empty.txt", "02-one-byte.txt", "08-dump.jsonl:6", "05-one-line-50mb.txt: bad input: the text is 50.0 MB, over the 4.0 MB limit", "03-random.bin: bad input: the text is"}
}

// TestHostileFolder runs the built binary over the hostile folder with
// extract and ingest: no panic, under 1 GB of memory, a message per bad
// file, every good file and line through.
func TestHostileFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and reads 70 MB of hostile input")
	}
	dir, bad := hostileFolder(t)
	bin := buildSitrep(t)
	run := func(args ...string) (stdout, stderr string, code int, maxRSS int64) {
		cmd := exec.Command(bin, args...)
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		if err != nil {
			if _, ok := err.(*exec.ExitError); !ok {
				t.Fatal(err)
			}
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		return o.String(), e.String(), cmd.ProcessState.ExitCode(), ru.Maxrss << 10
	}
	check := func(name, stderr string, code int, maxRSS int64) {
		t.Helper()
		if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
			t.Errorf("%s: a panic:\n%s", name, stderr)
		}
		if code != exitInputError {
			t.Errorf("%s: exit %d, want %d", name, code, exitInputError)
		}
		if maxRSS > 1<<30 {
			t.Errorf("%s: peak memory %d MB", name, maxRSS>>20)
		}
		for _, b := range bad {
			if !strings.Contains(stderr, b) {
				t.Errorf("%s: no message for %s:\n%s", name, b, stderr)
			}
		}
		t.Logf("%s: peak memory %d MB; stderr:\n%s", name, maxRSS>>20, stderr)
	}

	out, stderr, code, rss := run("extract", "-j", "2", dir)
	check("extract", stderr, code, rss)
	docs := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ Doc string }
		if err := jsonUnmarshal(l, &r); err != nil {
			t.Fatalf("bad record line: %v", err)
		}
		docs[filepath.Base(r.Doc)] = true
	}
	for _, want := range []string{"04-invalid-utf8.txt", "06-nested.html", "07-arabic-1256.html", "09-good.txt", "d0", "d4", "d6", "d9"} {
		if !docs[want] {
			t.Errorf("extract: no record for %s", want)
		}
	}
	if strings.Contains(out, "broken") {
		t.Error("the broken dump line produced a record")
	}
	if !strings.Contains(out, "Five civilians were killed in air strikes on Aleppo") || !strings.Contains(out, "قتل خمسة مدنيين") {
		t.Error("the Windows-1256 page was not decoded")
	}

	db := filepath.Join(t.TempDir(), "h.db")
	_, stderr, code, rss = run("ingest", "--db", db, dir)
	check("ingest", stderr, code, rss)
	if !strings.Contains(stderr, "documents added") {
		t.Errorf("ingest: no summary:\n%s", stderr)
	}
	// Again: nothing new.
	_, stderr, _, _ = run("ingest", "--db", db, dir)
	if !strings.Contains(stderr, "sitrep: 0 documents added") {
		t.Errorf("second ingest added documents:\n%s", stderr)
	}
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
