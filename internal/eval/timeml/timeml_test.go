package timeml

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// An excerpt of TimeBank (TempEval-3 training data), for the scorer's own test.
const sample = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
On the other hand, it's turning out to be another very bad financial <TIMEX3 tid="t83" type="DURATION" value="P1W">week</TIMEX3> for Asia. In <TIMEX3 tid="t85" type="DURATION" value="P1D">the last twenty four hours</TIMEX3>, the value of the Indonesian stock market has fallen. Prices rose <TIMEX3 tid="t9" type="DATE" value="1998-01-07">yesterday</TIMEX3> and on <TIMEX3 tid="t10" type="DATE" value="1997-12-31">Dec. 31</TIMEX3>.
</TEXT>
</TimeML>`

func TestParseAndScore(t *testing.T) {
	d, err := Parse("sample.tml", strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "1998-01-08" || len(d.Gold) != 4 || d.Text[d.Gold[3].Start:d.Gold[3].End] != "Dec. 31" {
		t.Fatalf("parsed %+v", d)
	}
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	sys, err := Annotate(context.Background(), p, d)
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	s.Add(d.Gold, sys)
	for _, x := range sys {
		t.Logf("%q %s %s", d.Text[x.Start:x.End], x.Type, x.Value)
	}
	// yesterday and Dec. 31 must be found with their values.
	if s.ValueOK < 2 || s.Relaxed < 3 {
		t.Errorf("score %v", s)
	}
}

// TestTempEval scores the TempEval-3 training data when the shared corpus
// is at hand and prints the figures for the README.
func TestTempEval(t *testing.T) {
	dir, _ := testshared.Path("corpus/tempeval3/TBAQ-cleaned")
	files, _ := filepath.Glob(filepath.Join(dir, "*/*.tml"))
	if len(files) == 0 {
		t.Skip("TempEval-3 data not found")
	}
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	parts := map[string]*Score{}
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(filepath.Base(f), r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		sys, err := Annotate(context.Background(), p, d)
		if err != nil {
			t.Fatal(err)
		}
		s.Add(d.Gold, sys)
		part := filepath.Base(filepath.Dir(f))
		if parts[part] == nil {
			parts[part] = &Score{}
		}
		parts[part].Add(d.Gold, sys)
		if os.Getenv("SITREP_TEMPEVAL_DUMP") != "" {
			dump(t, d, sys)
		}
	}
	t.Logf("TempEval-3 training (%d documents): %v", len(files), s)
	for name, ps := range parts {
		t.Logf("  %s: %v", name, *ps)
	}
	// A regression guard at the level measured when this test was written.
	if s.ValueF1() < 0.55 || s.RelaxedF1() < 0.70 {
		t.Errorf("below the recorded level: %v", s)
	}
}

// dump logs one document's errors (SITREP_TEMPEVAL_DUMP=1 go test -run
// TempEval -v): wrong values, misses and false alarms.
func dump(t *testing.T, d *Document, sys []Timex) {
	used := make([]bool, len(sys))
	for _, g := range d.Gold {
		found := false
		for si, x := range sys {
			if used[si] || x.End <= g.Start || g.End <= x.Start {
				continue
			}
			used[si], found = true, true
			if x.Value == g.Value && os.Getenv("SITREP_TEMPEVAL_DUMP") == "2" {
				t.Logf("OK %s %q %s", d.Name, d.Text[g.Start:g.End], g.Value)
			}
			if x.Value != g.Value {
				t.Logf("VALUE %s dct=%s %q gold=%s sys=%q %s", d.Name, d.DCT, d.Text[g.Start:g.End], g.Value, d.Text[x.Start:x.End], x.Value)
			}
			break
		}
		if !found {
			t.Logf("MISS %s %q %s %s", d.Name, d.Text[g.Start:g.End], g.Type, g.Value)
		}
	}
	for si, x := range sys {
		if !used[si] {
			t.Logf("FALSE %s %q %s %s", d.Name, d.Text[x.Start:x.End], x.Type, x.Value)
		}
	}
}
